/** The `workerd` npm package has no type declarations: its default export is the path of the workerd binary. */
declare module 'workerd' {
  const binaryPath: string;
  export default binaryPath;
  /** The newest compatibility date this workerd supports, `YYYY-MM-DD`. */
  export const compatibilityDate: string;
  export const version: string;
}
