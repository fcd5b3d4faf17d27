// asl-validator 4.0.0 ships JavaScript only; this describes the one function Chatter calls.
declare module 'asl-validator' {
  interface AslValidationError {
    'Error code': string
    Message: string
  }

  interface AslValidatorOptions {
    checkPaths?: boolean
    checkArn?: boolean
  }

  interface AslValidationResult {
    isValid: boolean
    errors: AslValidationError[]
    errorsText(separator?: string): string
  }

  /** Validates an Amazon States Language definition. Mutates it (adds `QueryLanguage`): pass a copy. */
  function aslValidator(definition: unknown, options?: AslValidatorOptions): AslValidationResult
  export = aslValidator
}
