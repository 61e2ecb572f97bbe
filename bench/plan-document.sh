#!/usr/bin/env bash
# Plan document benchmark (issue 6): a synthetic plan of about 60 pages (5 priority areas x 3 goals
# x 4 measures, each with costs, two indicators and two activities) is written as a tagged PDF by
# Plánovna, and the DOCX Plánovna wrote for the same plan is converted to PDF by LibreOffice headless
# (soffice --convert-to pdf), in the same run. Prints both times (best of 3; Plánovna warm, as in a
# running server; LibreOffice including its start, as a conversion service would run it), the ratio
# (goal <= 0.5) and the page counts. The harness is the test PlanDocumentBenchmarkTest (H2, skipped in
# the normal suite); the PDF is left in target/plan-bench.pdf.
#
#   bench/plan-document.sh [SMTP_PORT]
#
# Needs: java 17, LibreOffice Writer (Debian: libreoffice-writer-nogui) with soffice on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "soffice (LibreOffice) is not on the PATH" >&2; exit 1; }
PORT="${1:-3199}"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
./mvnw -B -q test -Dtest=PlanDocumentBenchmarkTest -Dplanovna.bench=true -Dsurefire.failIfNoSpecifiedTests=false \
    -Dplanovna.test.smtp-port="$PORT" 2>&1 | tee target/plan-document-bench.log | grep -a '^BENCH' || {
    echo "benchmark failed, see target/plan-document-bench.log and target/surefire-reports" >&2; exit 1; }
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
