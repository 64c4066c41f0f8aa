/** Stable codes for input that cannot be turned into text. They become `error` records. */
export type InputErrorCode =
  | 'binary'
  | 'empty'
  | 'too-large'
  | 'unreadable'
  | 'not-a-file'
  | 'unsupported-format'
  | 'invalid-encoding'
  | 'invalid-json'
  | 'missing-text'
  | 'zip-bomb'
  | 'too-deep';

/** An input problem with a stable `code` and a message that says what is wrong and what to do. */
export class InputError extends Error {
  readonly code: InputErrorCode;

  constructor(code: InputErrorCode, message: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
  }
}
