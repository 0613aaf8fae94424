#!/bin/sh
# Start a private, headless PulseAudio for the audio tests: a null sink (the "speaker", whose
# monitor we record) and a pipe source (the "microphone", fed from a FIFO).
#   usage: tests/pulse_setup.sh DIR        (start; prints shell assignments to eval)
#          tests/pulse_setup.sh DIR stop   (stop it)
# Works as root too (--system=false, no autospawn, private runtime dir). If the test process
# dies without stopping it, the server exits by itself after 120 s without clients. Needs the Debian
# packages pulseaudio and libasound2-plugins (ALSA's "pulse" device used by sounddevice).
set -eu
DIR=${1:?usage: pulse_setup.sh DIR [stop]}
mkdir -p "$DIR"
SOCK="$DIR/native"
if [ "${2:-}" = "stop" ]; then
  [ -f "$DIR/pid" ] && kill "$(cat "$DIR/pid")" 2>/dev/null || true
  exit 0
fi
export XDG_RUNTIME_DIR="$DIR" PULSE_RUNTIME_PATH="$DIR" HOME="${HOME:-$DIR}"
rm -f "$SOCK" "$DIR/mic.fifo"
pulseaudio --daemonize=no --exit-idle-time=120 --system=false --disallow-exit \
  --use-pid-file=no -n --log-target=file:"$DIR/pulse.log" \
  --load="module-native-protocol-unix socket=$SOCK auth-anonymous=1" \
  --load="module-null-sink sink_name=bc_speaker rate=22050 channels=1" \
  --load="module-pipe-source source_name=bc_mic file=$DIR/mic.fifo format=s16le rate=16000 channels=1" \
  >/dev/null 2>&1 &
echo $! > "$DIR/pid"
i=0
while [ ! -S "$SOCK" ] || [ ! -p "$DIR/mic.fifo" ]; do
  i=$((i + 1)); [ $i -gt 100 ] && { echo "pulseaudio did not start; see $DIR/pulse.log" >&2; exit 1; }
  sleep 0.05
done
PULSE_SERVER="unix:$SOCK" pactl set-default-sink bc_speaker
PULSE_SERVER="unix:$SOCK" pactl set-default-source bc_mic
echo "PULSE_SERVER=unix:$SOCK"
echo "BC_MIC_FIFO=$DIR/mic.fifo"
echo "BC_SPEAKER_MONITOR=bc_speaker.monitor"
echo "BC_PULSE_PID=$(cat "$DIR/pid")"
