#!/bin/sh
# A helper program (frontend, AWS CLI) that never answers, for the termination tests: starts a
# grandchild in its process group, appends "<own pid> <grandchild pid>" to $FAKE_PIDS and waits.
# (A non-interactive sh starts background jobs with SIGINT ignored: the grandchild outlives one.)
sleep 300 &
echo "$$ $!" >> "$FAKE_PIDS"
wait
