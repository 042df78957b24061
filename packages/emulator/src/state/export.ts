/** The whole state of an emulator as JSON (see `Emulator.exportState`). */
export interface EmulatorState {
  readonly format: 'opentok-emulator-state';
  readonly version: 1;
  readonly [key: string]: unknown;
}
