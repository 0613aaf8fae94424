#!/bin/sh
# A private, headless PulseAudio "room" for the live-loop benchmarks: the assistant's speaker
# is heard by its own microphone (an echo path), a person's voice is played into the same room,
# and both the speaker and the voice are recorded side by side on one clock (a stereo sink:
# left the speaker, right the voice) so latencies are measured between them.
#   usage: benchmarks/pulse_room.sh DIR [ECHO_VOLUME]   (start; prints assignments to eval)
#          benchmarks/pulse_room.sh DIR stop
set -eu
DIR=${1:?usage: pulse_room.sh DIR [ECHO_VOLUME|stop]}
mkdir -p "$DIR"
SOCK="$DIR/native"
if [ "${2:-}" = "stop" ]; then
  [ -f "$DIR/pid" ] && kill "$(cat "$DIR/pid")" 2>/dev/null || true
  exit 0
fi
ECHO=${2:-0.6}
export XDG_RUNTIME_DIR="$DIR" PULSE_RUNTIME_PATH="$DIR" HOME="${HOME:-$DIR}"
rm -f "$SOCK"
pulseaudio --daemonize=no --exit-idle-time=300 --system=false --disallow-exit \
  --use-pid-file=no -n --log-target=file:"$DIR/pulse.log" \
  --load="module-native-protocol-unix socket=$SOCK auth-anonymous=1" \
  >/dev/null 2>&1 &
echo $! > "$DIR/pid"
i=0
while [ ! -S "$SOCK" ]; do
  i=$((i + 1)); [ $i -gt 100 ] && { echo "pulseaudio did not start; see $DIR/pulse.log" >&2; exit 1; }
  sleep 0.05
done
P="pactl --server=unix:$SOCK"
$P load-module module-null-sink sink_name=bc_speaker rate=22050 channels=1 >/dev/null
$P load-module module-null-sink sink_name=bc_voice rate=16000 channels=1 >/dev/null
$P load-module module-null-sink sink_name=bc_room rate=16000 channels=1 >/dev/null
$P load-module module-null-sink sink_name=bc_measure rate=16000 channels=2 channel_map=front-left,front-right >/dev/null
# the room: the speaker's echo and the person's voice
$P load-module module-loopback source=bc_speaker.monitor sink=bc_room latency_msec=20 adjust_time=0 source_dont_move=true sink_dont_move=true >/dev/null
$P load-module module-loopback source=bc_voice.monitor sink=bc_room latency_msec=20 source_dont_move=true sink_dont_move=true >/dev/null
# the microphone hears the room
$P load-module module-virtual-source source_name=bc_mic master=bc_room.monitor >/dev/null
# the measurement: left the speaker, right the voice, one clock
$P load-module module-remap-sink sink_name=bc_measure_l master=bc_measure channels=1 master_channel_map=front-left channel_map=mono remix=no >/dev/null
$P load-module module-remap-sink sink_name=bc_measure_r master=bc_measure channels=1 master_channel_map=front-right channel_map=mono remix=no >/dev/null
$P load-module module-loopback source=bc_speaker.monitor sink=bc_measure_l latency_msec=20 source_dont_move=true sink_dont_move=true >/dev/null
$P load-module module-loopback source=bc_voice.monitor sink=bc_measure_r latency_msec=20 source_dont_move=true sink_dont_move=true >/dev/null
# the echo's strength: the speaker's loopback into the room
idx=$($P list short sink-inputs | awk '$0 ~ /module-loopback/ {print $1; exit}')
[ -n "$idx" ] && $P set-sink-input-volume "$idx" "$(awk "BEGIN{printf \"%d\", $ECHO*65536}")" || true
sleep 1  # loopbacks take a moment to start flowing
$P set-default-sink bc_speaker
$P set-default-source bc_mic
echo "PULSE_SERVER=unix:$SOCK"
echo "BC_PULSE_PID=$(cat "$DIR/pid")"
