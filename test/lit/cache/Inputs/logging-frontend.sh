#!/bin/sh
# The real frontend ($REAL_FRONTEND), with each invocation's source files logged to $FRONTEND_LOG:
# the tests see which units the facts cache spared.
files=""
for a in "$@"; do
  case "$a" in
    --) break ;;
    -*) ;;
    *) files="$files $a" ;;
  esac
done
echo "RUN$files" >> "$FRONTEND_LOG"
exec "$REAL_FRONTEND" "$@"
