/**
 * OpenTok archives: start, stop, get, delete, list, iterate, change the layout, add and remove streams.
 * @module
 */
export type { Archive, ArchiveList, ArchiveStatus, ArchiveStream, OutputMode } from './archive.js';
export {
  startArchive,
  type ArchiveBaseParams,
  type ComposedArchiveParams,
  type IndividualArchiveParams,
  type StartArchiveParams,
  type TranscribedArchiveParams,
  type TranscriptionProperties,
} from './start-archive.js';
export { stopArchive, type StopArchiveParams } from './stop-archive.js';
export { getArchive, type GetArchiveParams } from './get-archive.js';
export { deleteArchive, type DeleteArchiveParams } from './delete-archive.js';
export { listArchives, type ListArchivesParams } from './list-archives.js';
export { iterateArchives, type IterateArchivesParams } from './iterate-archives.js';
export { setArchiveLayout, type SetArchiveLayoutParams } from './set-archive-layout.js';
export { addArchiveStream, type AddArchiveStreamParams } from './add-archive-stream.js';
export { removeArchiveStream, type RemoveArchiveStreamParams } from './remove-archive-stream.js';
