/** The package version, injected at build time by tsup (and by vitest in tests). */
declare const __SDK_VERSION__: string;
