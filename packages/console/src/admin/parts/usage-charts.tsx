// The usage report's charts: tokens, answers, cost and latency per period, and models.
import { formatDuration, formatNumber } from '../../format'
import { ChartView } from './chart'
import {
  bucketLabel,
  bucketNoun,
  latency,
  modelRows,
  money,
  type UsageReport,
} from './usage-figures'

export function UsageCharts({ report }: { report: UsageReport }) {
  const t = report.totals
  const labels = report.buckets.map((b) => bucketLabel(b.from, report.bucket))
  const per = report.bucket
  const noun = bucketNoun(per)
  const models = modelRows(report)
  return (
    <div class="admin-charts">
      <section class="card admin-chart-card wide" aria-labelledby="chart-tokens">
        <h2 id="chart-tokens">Tokens per {per}</h2>
        <ChartView
          type="bar"
          stacked
          labels={labels}
          labelHeading={noun}
          format={formatNumber}
          summary={`Tokens per ${per}, stacked bars: ${formatNumber(t.tokens.input)} input and ${formatNumber(t.tokens.output)} output tokens in total.`}
          series={[
            { label: 'Input', data: report.buckets.map((b) => b.tokens.input), color: '--chart-1' },
            {
              label: 'Output',
              data: report.buckets.map((b) => b.tokens.output),
              color: '--chart-2',
            },
          ]}
          height={260}
        />
      </section>
      <section class="card admin-chart-card" aria-labelledby="chart-answers">
        <h2 id="chart-answers">Answers per {per}</h2>
        <ChartView
          type="line"
          labels={labels}
          labelHeading={noun}
          format={formatNumber}
          summary={`Answers per ${per}: ${formatNumber(t.messages)} in total, in ${formatNumber(t.conversations)} conversations.`}
          series={[
            {
              label: 'Answers',
              data: report.buckets.map((b) => b.messages),
              color: '--chart-1',
              fill: true,
            },
            {
              label: 'Conversations',
              data: report.buckets.map((b) => b.conversations),
              color: '--chart-3',
            },
          ]}
        />
      </section>
      <section class="card admin-chart-card" aria-labelledby="chart-cost">
        <h2 id="chart-cost">Cost per {per}</h2>
        <ChartView
          type="line"
          labels={labels}
          labelHeading={noun}
          format={money}
          summary={`Cost per ${per}: ${money(t.costUsd)} in total.`}
          series={[
            {
              label: 'Cost (USD)',
              data: report.buckets.map((b) => b.costUsd),
              color: '--chart-4',
              fill: true,
            },
          ]}
        />
      </section>
      <section class="card admin-chart-card" aria-labelledby="chart-latency">
        <h2 id="chart-latency">Latency per {per}</h2>
        <ChartView
          type="line"
          labels={labels}
          labelHeading={noun}
          format={formatDuration}
          summary={`Answer latency per ${per}: p50 ${latency(t.latency.p50)} and p95 ${latency(t.latency.p95)} over the range.`}
          series={[
            { label: 'p50', data: report.buckets.map((b) => b.latency.p50), color: '--chart-1' },
            {
              label: 'p95',
              data: report.buckets.map((b) => b.latency.p95),
              color: '--chart-5',
              dashed: true,
            },
          ]}
        />
      </section>
      <section class="card admin-chart-card" aria-labelledby="chart-models">
        <h2 id="chart-models">Tokens by model</h2>
        {models.length === 0 ? (
          <p class="muted">No model answered in this range.</p>
        ) : (
          <ChartView
            type="doughnut"
            labels={models.map((m) => m.model)}
            labelHeading="Model"
            format={formatNumber}
            summary={`Tokens by model: ${models.map((m) => `${m.model} ${formatNumber(m.input + m.output)}`).join(', ')}.`}
            series={[{ label: 'Tokens', data: models.map((m) => m.input + m.output), color: '' }]}
            height={200}
          />
        )}
      </section>
      {models.length > 0 && (
        <section class="card admin-chart-card wide" aria-labelledby="models-table">
          <h2 id="models-table">Models</h2>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Model</th>
                  <th scope="col" class="num">
                    Answers
                  </th>
                  <th scope="col" class="num">
                    Input tokens
                  </th>
                  <th scope="col" class="num">
                    Output tokens
                  </th>
                  <th scope="col" class="num">
                    Cost
                  </th>
                </tr>
              </thead>
              <tbody>
                {models.map((m) => (
                  <tr key={m.model}>
                    <td class="mono">{m.model}</td>
                    <td class="num">{formatNumber(m.messages)}</td>
                    <td class="num">{formatNumber(m.input)}</td>
                    <td class="num">{formatNumber(m.output)}</td>
                    <td class="num">{money(m.costUsd)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  )
}
