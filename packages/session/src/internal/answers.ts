/** What the list operations of this package say of an answer they cannot read. */
export const UNEXPECTED_LIST = 'with an unexpected body (expected an object with an "items" array)';
