#!/usr/bin/env bash
# Smoke test of the packaged app image, as regional IT would meet it: no JDK on the PATH, a fresh
# home folder. Starts the client under Xvfb, waits for its window (the app saves a picture of it
# once drawn and reports the time from process start), then runs the image's own doctor.
# Usage: smoke-test.sh IMAGE_DIR OUT_DIR
set -euo pipefail
image="$1"
out="$2"
rm -rf "$out"
mkdir -p "$out/home"
launcher="$image/bin/$(basename "$image")"
[ -x "$launcher" ] || { echo "smoke: no launcher at $launcher" >&2; exit 1; }

# The environment the launcher sees: no PATH (so no java to fall back on), no JAVA_HOME, its own
# home (Java takes user.home from the password file, not $HOME, hence JAVA_TOOL_OPTIONS).
clean_env=(env -i HOME="$out/home" JAVA_TOOL_OPTIONS="-Duser.home=$out/home" LANG=C.UTF-8 PATH=/nonexistent)

display_pid=""
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "smoke: Xvfb is needed (apt-get install xvfb)" >&2; exit 1; }
  for n in $(seq 90 110); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=":$n"; break; fi
  done
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
  display_pid=$!
  trap '[ -n "$display_pid" ] && kill "$display_pid" 2>/dev/null || true' EXIT
  for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
else
  display="$DISPLAY"
fi

echo "smoke: starting $launcher (window)"
start=$(date +%s%N)
if ! timeout 120 "${clean_env[@]}" DISPLAY="$display" "$launcher" ui --screenshot-and-exit "$out/window.png" \
    >"$out/window.log" 2>&1; then
  echo "smoke: the window did not come up; its output:" >&2
  cat "$out/window.log" >&2
  exit 1
fi
end=$(date +%s%N)
grep -q "window ready after" "$out/window.log" || { cat "$out/window.log" >&2; exit 1; }
[ -s "$out/window.png" ] || { echo "smoke: no screenshot" >&2; exit 1; }
echo "smoke: $(grep 'window ready after' "$out/window.log"); whole run $(( (end - start) / 1000000 )) ms"

echo "smoke: running doctor from the image"
if ! timeout 120 "${clean_env[@]}" "$launcher" --lang en doctor >"$out/doctor.log" 2>&1; then
  echo "smoke: doctor failed; its output:" >&2
  cat "$out/doctor.log" >&2
  exit 1
fi
cat "$out/doctor.log"
grep -q "vosk-model-small-en-us" "$out/doctor.log" || { echo "smoke: doctor did not find the bundled speech model" >&2; exit 1; }

# Transcribing proves Vosk's and JNA's native libraries load from the image; drafting proves ONNX Runtime's.
if command -v espeak-ng >/dev/null; then
  echo "smoke: transcribing and drafting with the image's own native libraries"
  espeak-ng -v en-us -s 130 -w "$out/visit.wav" "The patient has had a cough for three days. She is allergic to penicillin."
  timeout 120 "${clean_env[@]}" "$launcher" transcribe --json "$out/visit.wav" >"$out/transcript.json" 2>"$out/transcribe.log" \
    || { cat "$out/transcribe.log" >&2; exit 1; }
  grep -qi "penicillin\|cough" "$out/transcript.json" || { echo "smoke: the transcript is not what was said" >&2; exit 1; }
  timeout 120 "${clean_env[@]}" "$launcher" draft --template en-soap "$out/transcript.json" >"$out/draft.txt" 2>"$out/draft.log" \
    || { cat "$out/draft.log" >&2; exit 1; }
  head -20 "$out/draft.txt" | sed 's/^/smoke:   /'
fi

echo "smoke: nothing may have been unpacked into the home folder outside Diktera's own"
# Allowed: Diktera's data folder, and the caches GTK's own libraries keep (dconf, fontconfig).
unexpected=$(cd "$out/home" && find . -mindepth 1 -maxdepth 3 \( -path ./.local -o -path ./.local/share \
  -o -path ./.local/share/diktera -o -path ./.cache -o -path ./.cache/dconf -o -path ./.cache/fontconfig \) -prune -o -print)
if [ -n "$unexpected" ]; then
  echo "smoke: found outside Diktera's folder: $unexpected" >&2
  exit 1
fi
[ ! -e "$out/home/.local/share/diktera/cache/jna" ] || { echo "smoke: JNA unpacked its library instead of loading it from the image" >&2; exit 1; }

echo "smoke: sizes"
for d in "$image" "$image/lib/runtime" "$image/lib/app" "$image/lib/app/models"; do du -sh "$d"; done | sed "s/^/smoke:   /"
echo "smoke: passed"
