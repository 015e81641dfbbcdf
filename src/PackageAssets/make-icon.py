#!/usr/bin/env python3
"""Writes icon.png, the NuGet and Umbraco Marketplace icon: a white page with a teal cross on a teal rounded square.

Standard library only (zlib, struct), so it runs anywhere: python3 make-icon.py
"""
import struct
import zlib

SIZE = 128
TEAL = (0, 107, 122, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def inside_rounded(x, y, left, top, right, bottom, radius):
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return left <= x <= right and top <= y <= bottom and (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def pixel(x, y):
    px, py = x + 0.5, y + 0.5
    if not inside_rounded(px, py, 0, 0, SIZE, SIZE, 24):
        return CLEAR
    if inside_rounded(px, py, 30, 18, 98, 110, 8):
        on_bar = (56 <= px <= 72 and 36 <= py <= 92) or (36 <= px <= 92 and 56 <= py <= 72)
        return TEAL if on_bar else WHITE
    return TEAL


def png(width, height, rows):
    def chunk(kind, data):
        body = kind + data
        return struct.pack('>I', len(data)) + body + struct.pack('>I', zlib.crc32(body) & 0xFFFFFFFF)

    raw = b''.join(b'\x00' + bytes(channel for p in row for channel in p) for row in rows)
    header = struct.pack('>IIBBBBB', width, height, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')


if __name__ == '__main__':
    with open('icon.png', 'wb') as f:
        f.write(png(SIZE, SIZE, [[pixel(x, y) for x in range(SIZE)] for y in range(SIZE)]))
