-- wrk reporter: the percentiles the targets are stated in (wrk --latency prints 50/75/90/99 only).
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("requests: %d in %.1f s, %.0f req/s, errors: connect %d read %d write %d status %d timeout %d\n",
    summary.requests, seconds, summary.requests / seconds,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("p%d: %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
