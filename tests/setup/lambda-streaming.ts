// Placeholder: replaced by the Lambda response-streaming stand-in.
export {}
