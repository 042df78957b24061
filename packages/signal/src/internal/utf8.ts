const encoder = new TextEncoder();

/** The number of bytes a string takes in UTF-8, the unit of the API's signal limits. */
export function utf8Length(value: string): number {
  return encoder.encode(value).length;
}
