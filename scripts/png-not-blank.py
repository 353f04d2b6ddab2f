#!/usr/bin/env python3
"""Fails unless each PNG screenshot shows a page: decodes the PNG itself (zlib + the five PNG
filters; no PIL needed) and requires that the picture is not one uniform colour and that a
reasonable share of its rows carry something besides the background.

usage: png-not-blank.py SHOT.png [SHOT.png ...]
"""
import struct
import sys
import zlib

import numpy as np


def decode(path):
    """The image as a (height, width, channels) uint8 array (8-bit greyscale, RGB or RGBA)."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path}: not a PNG file")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    if header is None:
        raise ValueError(f"{path}: no IHDR chunk")
    width, height, depth, colour, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace != 0:
        raise ValueError(f"{path}: unsupported PNG (depth {depth}, colour type {colour}, interlace {interlace})")
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows = np.zeros((height, stride), dtype=np.uint8)
    previous = np.zeros(stride, dtype=np.int32)
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = np.frombuffer(raw, dtype=np.uint8, count=stride, offset=start + 1).astype(np.int32)
        if kind == 0:
            out = line
        elif kind == 2:
            out = (line + previous) & 0xFF
        elif kind in (1, 3, 4):
            # Sub, Average and Paeth depend on the pixel to the left: done pixel by pixel.
            out = np.zeros(stride, dtype=np.int32)
            for x in range(stride):
                left = out[x - channels] if x >= channels else 0
                up = previous[x]
                if kind == 1:
                    predictor = left
                elif kind == 3:
                    predictor = (left + up) // 2
                else:
                    upleft = previous[x - channels] if x >= channels else 0
                    p = left + up - upleft
                    pa, pb, pc = abs(p - left), abs(p - up), abs(p - upleft)
                    predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else upleft)
                out[x] = (line[x] + predictor) & 0xFF
        else:
            raise ValueError(f"{path}: bad filter type {kind} in row {y}")
        rows[y] = out
        previous = out
    return rows.reshape(height, width, channels)


def check(path):
    """None when the screenshot shows a page, else why not."""
    image = decode(path)[:, :, :3]
    height, width, _ = image.shape
    if height < 100 or width < 100:
        return f"{width}x{height} is too small to be a rendered page"
    background = image[0, 0]
    different = np.any(image != background, axis=2)
    if not different.any():
        return f"one uniform colour {tuple(int(v) for v in background)}: the page is blank"
    busy_rows = int(np.count_nonzero(different.any(axis=1)))
    colours = len(np.unique(image.reshape(-1, 3)[:: max(1, (height * width) // 200000)], axis=0))
    if busy_rows < height // 20 or colours < 8:
        return f"almost blank: {busy_rows} of {height} rows show anything, {colours} colours"
    return None


def main(paths):
    failed = False
    for path in paths:
        try:
            problem = check(path)
        except (OSError, ValueError, zlib.error) as error:
            problem = str(error)
        if problem:
            print(f"render-check: {path}: {problem}", file=sys.stderr)
            failed = True
        else:
            print(f"render-check: {path}: rendered")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
