/**
 * OpenTok archives: start, stop, get, delete, list, iterate, change the layout, add and remove streams.
 * @module
 */

export { type AddArchiveStreamParams, addArchiveStream } from './add-archive-stream.js';
export type { Archive, ArchiveList, ArchiveStatus, ArchiveStream, OutputMode } from './archive.js';
export { type DeleteArchiveParams, deleteArchive } from './delete-archive.js';
export { type GetArchiveParams, getArchive } from './get-archive.js';
export { type IterateArchivesParams, iterateArchives } from './iterate-archives.js';
export { type ListArchivesParams, listArchives } from './list-archives.js';
export { type RemoveArchiveStreamParams, removeArchiveStream } from './remove-archive-stream.js';
export { type SetArchiveLayoutParams, setArchiveLayout } from './set-archive-layout.js';
export {
  type ArchiveBaseParams,
  type ComposedArchiveParams,
  type IndividualArchiveParams,
  type StartArchiveParams,
  startArchive,
  type TranscribedArchiveParams,
  type TranscriptionProperties,
} from './start-archive.js';
export { type StopArchiveParams, stopArchive } from './stop-archive.js';
