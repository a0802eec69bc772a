#!/usr/bin/env bash
# Print one of the README's two set-up commands, exactly as written there, so .ci/run and
# packaging/refresh-lock.sh run what a new user would type:
#   bash .ci/readme-command.sh test     the command under "## Run the tests"
#   bash .ci/readme-command.sh start    the command under "## Install and start"
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  test) HEADING="## Run the tests" ;;
  start) HEADING="## Install and start" ;;
  *) echo "usage: readme-command.sh test|start" >&2; exit 2 ;;
esac
# the first fenced block after the heading; continuation lines (ending in \) are joined
CMD="$(awk -v h="$HEADING" '
  $0 == h { found = 1; next }
  found && /^```/ { if (inblock) exit; inblock = 1; next }
  found && inblock { print }
' README.md | sed -e ':a' -e '/\\$/N; s/\\\n//; ta')"
[ -n "$CMD" ] || { echo "readme-command.sh: no command under '$HEADING' in README.md" >&2; exit 1; }
printf '%s\n' "$CMD"
