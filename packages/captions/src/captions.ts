/** A Live Captions job started by {@link startCaptions}. */
export interface Captions {
  /** The job's ID, for {@link stopCaptions}. */
  readonly captionsId: string;
}
