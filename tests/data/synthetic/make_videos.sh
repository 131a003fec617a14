#!/usr/bin/env bash
# Rebuilds the small test clips of this folder from tests/data/video/chair-19-sd-bar.mp4 (a neutral
# ThreatExchange sample) with Debian's ffmpeg 5.1, and records what ffprobe says of each clip (and of the
# cut copies the tests make) in videos.json. Needs ffmpeg, ffprobe and python3; the application does not.
# Run from the repository root: bash tests/data/synthetic/make_videos.sh
set -euo pipefail
here=tests/data/synthetic
source=tests/data/video/chair-19-sd-bar.mp4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
quiet=(-hide_banner -loglevel error -y)

# Variable frame rate: one second at 30 fps, then two seconds at 10 fps, joined without re-encoding.
# A rate read from the header (30 fps) would make it 50 / 30 = 1.67 s long; it lasts 3 s.
ffmpeg "${quiet[@]}" -i "$source" -t 1 -an -vf "scale=120:180,fps=30" -c:v libx264 -preset veryfast -crf 32 \
  -video_track_timescale 15360 "$work/a.mp4"
ffmpeg "${quiet[@]}" -ss 1 -i "$source" -t 2 -an -vf "scale=120:180,fps=10" -c:v libx264 -preset veryfast -crf 32 \
  -video_track_timescale 15360 "$work/b.mp4"
printf "file '%s'\nfile '%s'\n" "$work/a.mp4" "$work/b.mp4" > "$work/list.txt"
ffmpeg "${quiet[@]}" -f concat -safe 0 -i "$work/list.txt" -c copy -movflags +faststart "$here/vfr-30-then-10fps.mp4"

# One 8x8 frame of VP8 in a WebM written as a live recording (no duration, no cues), as browsers'
# MediaRecorder writes: the container claims no frame count at all.
ffmpeg "${quiet[@]}" -f lavfi -i "testsrc=size=8x8:rate=25" -frames:v 1 -c:v libvpx -live 1 \
  "$here/one-frame-8x8-live.webm"

# Four seconds of VP9 in an ordinary WebM (duration and size in its header), for truncation tests.
ffmpeg "${quiet[@]}" -i "$source" -t 4 -an -vf "scale=120:180" -c:v libvpx-vp9 -b:v 80k -g 30 \
  "$here/chair-4s-vp9.webm"

python3 - "$here" "$source" "$work" <<'PY'
import json, subprocess, sys
from pathlib import Path

here, source, work = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])

def probe(path):
    out = subprocess.run(["ffprobe", "-v", "error", "-select_streams", "v:0", "-count_frames", "-show_entries",
                          "stream=codec_name,nb_frames,nb_read_frames,duration,r_frame_rate,avg_frame_rate:"
                          "format=duration", "-of", "json", str(path)], capture_output=True, text=True, check=True)
    info = json.loads(out.stdout)
    stream = info["streams"][0] if info.get("streams") else {}
    # Presentation time and display time of each decoded frame, in decoding order; the last to show ends it.
    frames = subprocess.run(["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
                             "frame=best_effort_timestamp_time,pkt_duration_time", "-of", "csv=p=0", str(path)],
                            capture_output=True, text=True, check=True).stdout.split()
    times = sorted(tuple(float(v) for v in line.split(",")[:2]) for line in frames if "N/A" not in line)
    return {"codec": stream.get("codec_name"), "nb_frames": stream.get("nb_frames"),
            "nb_read_frames": int(stream.get("nb_read_frames", 0)), "stream_duration": stream.get("duration"),
            "format_duration": info.get("format", {}).get("duration"), "r_frame_rate": stream.get("r_frame_rate"),
            "last_frame_time": times[-1][0] if times else None,
            "last_frame_duration": times[-1][1] if times else None}

result = {"tool": subprocess.run(["ffprobe", "-version"], capture_output=True, text=True).stdout.splitlines()[0],
          "files": {}, "cut": {}}
for name in ("vfr-30-then-10fps.mp4", "one-frame-8x8-live.webm", "chair-4s-vp9.webm", "av1-shapes.webm"):
    result["files"][name] = probe(here / name)
# The cut copies the tests make: the first `keep` bytes of a file.
cuts = {"video/chair-19-sd-bar.mp4": [0.05, 0.3, 0.6, 0.95], "synthetic/chair-4s-vp9.webm": [0.3, 0.7]}
for rel, fractions in cuts.items():
    data = (here.parent / rel).read_bytes()
    for fraction in fractions:
        keep = int(len(data) * fraction)
        cut = work / f"cut-{fraction}-{Path(rel).name}"
        cut.write_bytes(data[:keep])
        result["cut"][f"{rel}@{keep}"] = probe(cut)
(here / "videos.json").write_text(json.dumps(result, indent=1, sort_keys=True) + "\n")
PY
ls -l "$here"
