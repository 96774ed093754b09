#!/usr/bin/env bash
# End-to-end CLI benchmark: N employees as JSON Lines in, payslips as JSON Lines out, through the Release build of
# `hrkit payroll run`. Reports payslips/s and peak RSS (GNU time's "Maximum resident set size") for each size, beside a
# plain file copy of the same input as the I/O floor of the same run.
#   bash benchmarks/cli/end-to-end.sh [SIZES...]      default: 100000 1000000
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@")
[ $# -eq 0 ] && sizes=(100000 1000000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release src/HrKit.Cli -v quiet -nologo >/dev/null
cli=src/HrKit.Cli/bin/Release/net10.0/HrKit.Cli.dll

printf '| employees | input MB | copy s (I/O floor) | hrkit s | payslips/s | peak RSS MB |\n|---:|---:|---:|---:|---:|---:|\n'
for n in "${sizes[@]}"; do
  # Four cities, overtime, unpaid leave, lateness, an allowance and a child-education deduction, Chinese names.
  awk -v n="$n" 'BEGIN {
    split("beijing shanghai shenzhen guangzhou", city, " "); split("张伟 王芳 李娜 刘洋 Zhang_Wei", name, " ");
    for (i = 1; i <= n; i++)
      printf "{\"employeeId\":\"E%07d\",\"name\":\"%s\",\"department\":\"D%d\",\"period\":\"2026-01\",\"city\":\"%s\",\"baseSalary\":%d,\"allowances\":{\"meal\":500},\"overtime\":{\"workday\":%d,\"restDay\":%d,\"statutoryHoliday\":0},\"attendance\":{\"scheduledDays\":21,\"workedDays\":20,\"unpaidLeaveDays\":%d,\"lateCount\":%d,\"lateMinutes\":%d},\"specialAdditionalDeductions\":{\"childEducation\":%d}}\n",
        i, name[i % 5 + 1], i % 40, city[i % 4 + 1], 6000 + (i * 37) % 40000, i % 7, i % 3, i % 2, i % 4, (i % 4) * 9, (i % 3 == 0) ? 2000 : 0
  }' > "$work/in.jsonl"
  mb=$(( $(stat -c %s "$work/in.jsonl") / 1000000 ))
  copy_start=$(date +%s.%N); cp "$work/in.jsonl" "$work/copy.jsonl"; sync "$work/copy.jsonl"; copy_end=$(date +%s.%N); rm -f "$work/copy.jsonl"
  /usr/bin/time -f '%e %M' -o "$work/time" dotnet exec "$cli" payroll run --input "$work/in.jsonl" --format jsonl --out "$work/out.jsonl" --quiet 2> "$work/stderr" || { tail -3 "$work/stderr" >&2; exit 1; }
  read -r secs kb < "$work/time"
  lines=$(wc -l < "$work/out.jsonl")
  [ "$lines" -eq "$n" ] || { echo "expected $n payslips, got $lines" >&2; exit 1; }
  awk -v n="$n" -v mb="$mb" -v c0="$copy_start" -v c1="$copy_end" -v s="$secs" -v kb="$kb" \
    'BEGIN { printf "| %d | %d | %.2f | %.1f | %.0f | %.0f |\n", n, mb, c1 - c0, s, n / s, kb / 1024 }'
  rm -f "$work/in.jsonl" "$work/out.jsonl"
done
