#!/usr/bin/env bash
# Page weight: the bytes a phone downloads for a page and the scripts and styles it links, as sent
# (gzip, as browsers ask) and uncompressed. Against a running portal: bench/page-weight.sh [base-url] [path ...]
# e.g. bench/page-weight.sh http://127.0.0.1:8080 / /knowledge /news "/search?q=นิเทศ"
set -euo pipefail
base="${1:-http://127.0.0.1:8080}"
shift || true
paths=("$@")
[ ${#paths[@]} -gt 0 ] || paths=(/ /knowledge /news /questions "/search?q=%E0%B8%99%E0%B8%B4%E0%B9%80%E0%B8%97%E0%B8%A8")
size() { # url, extra curl args: bytes on the wire
    curl -s -o /dev/null -w '%{size_download}' "${@:2}" "$1"
}
printf '| page | page gzip / plain (KB) | + scripts and styles: files | gzip / plain (KB) |\n|---|---|---|---|\n'
for path in "${paths[@]}"; do
    html="$(curl -s "$base$path")"
    page_gz=$(size "$base$path" -H 'Accept-Encoding: gzip')
    page_plain=$(size "$base$path")
    total_gz=$page_gz; total_plain=$page_plain; files=0
    while read -r resource; do
        [ -n "$resource" ] || continue
        url="$base${resource//&amp;/&}"
        total_gz=$((total_gz + $(size "$url" -H 'Accept-Encoding: gzip')))
        total_plain=$((total_plain + $(size "$url")))
        files=$((files + 1))
    done < <(grep -oE '(src|href)="/jakarta\.faces\.resource/[^"]+"|href="/resources/[^"]+"' <<<"$html" | sed -E 's/^(src|href)="//; s/"$//' | sort -u)
    awk -v p="$path" -v a="$page_gz" -v b="$page_plain" -v f="$files" -v c="$total_gz" -v d="$total_plain" \
        'BEGIN { printf "| `%s` | %.1f / %.1f | %d | %.1f / %.1f |\n", p, a / 1024, b / 1024, f, c / 1024, d / 1024 }'
done
