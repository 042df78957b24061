/**
 * What a REST-registered callback reports: archive status changes, or connections or streams created or
 * destroyed. Each group and event has at most one URL.
 */
export type CallbackSubscription =
  | {
      /** Archives. */
      readonly group: 'archive';
      /** Every status change. */
      readonly event: 'status';
    }
  | {
      /** Client connections or published streams. */
      readonly group: 'connection' | 'stream';
      /** Created or destroyed. */
      readonly event: 'created' | 'destroyed';
    };

/** The groups of REST-registered callbacks. */
export type CallbackGroup = CallbackSubscription['group'];

/** A callback registered over REST, as the API lists it. */
export type CallbackRegistration = CallbackSubscription & {
  /** The registration's ID, for `unregisterCallback`. */
  readonly id: string;
  /** Where the service POSTs the events. */
  readonly url: string;
  /** When it was registered, epoch milliseconds. */
  readonly createdAt: number;
};
