export * from './clients'
export * from './ses-report-mailer'
