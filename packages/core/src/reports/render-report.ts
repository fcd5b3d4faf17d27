import type { ReportFormat } from '../ports/report-repository'
import { renderReportCsv } from './render-csv'
import { renderReportHtml } from './render-html'
import type { ReportDocument } from './report-tables'

/** A rendered report file. */
export interface RenderedReport {
  body: string
  contentType: string
  extension: string
}

const contentTypes: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
}

/** The report in its format: JSON (the usage figures with the report's name and period), CSV or HTML. */
export function renderReport(doc: ReportDocument): RenderedReport {
  const { format } = doc.report
  const body =
    format === 'csv'
      ? renderReportCsv(doc)
      : format === 'html'
        ? renderReportHtml(doc)
        : `${JSON.stringify(
            {
              report: { id: doc.report.id, name: doc.report.name, sections: doc.report.sections },
              period: { kind: doc.report.period, start: doc.period.start, end: doc.period.end },
              generatedAt: doc.generatedAt,
              usage: doc.usage,
            },
            null,
            2,
          )}\n`
  return { body, contentType: contentTypes[format], extension: format }
}
