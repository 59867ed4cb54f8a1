#!/usr/bin/env bash
# terminate.sh SIGNAL PIDFILE COUNT COMMAND...: starts COMMAND, waits until PIDFILE holds COUNT
# lines of process ids (its helper processes), sends SIGNAL to COMMAND, waits for it and prints
# "exit status N", then "alive PID" for each listed process still running (zombies count as gone).
signal=$1 pidfile=$2 count=$3
shift 3
rm -f "$pidfile"
# lit's workers ignore SIGINT, and so would COMMAND (triggerlint leaves an ignored signal
# ignored, as nohup expects): start it with the default action.
env --default-signal=INT "$@" > /dev/null 2>&1 &
pid=$!
for _ in $(seq 200); do
  [ -f "$pidfile" ] && [ "$(wc -l < "$pidfile")" -ge "$count" ] && break
  sleep 0.05
done
[ "$(wc -l < "$pidfile" 2>/dev/null)" -ge "$count" ] || echo "only $(wc -l < "$pidfile" 2>/dev/null) helpers started"
kill -s "$signal" "$pid"
wait "$pid"
echo "exit status $?"
sleep 0.2 # the last SIGKILLed processes need a moment to become zombies
for p in $(cat "$pidfile"); do
  state=$(sed 's/^.*) //' "/proc/$p/stat" 2>/dev/null | cut -d' ' -f1)
  if [ -n "$state" ] && [ "$state" != Z ]; then
    echo "alive $p"
    kill -KILL "$p" # do not leave them to the next test
  fi
done
