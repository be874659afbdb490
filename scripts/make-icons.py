# Draws the app and tray icons (PNG) with the standard library only: a rounded violet square with a white
# four-point sparkle. Run: python3 scripts/make-icons.py  (writes resources/icons/).
import math, struct, zlib, os

def png(path, size, pixel):
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            row += bytes(pixel(x + 0.5, y + 0.5, size))
        rows.append(bytes(row))
    raw = b''.join(rows)
    def chunk(kind, data):
        c = kind + data
        return struct.pack('>I', len(data)) + c + struct.pack('>I', zlib.crc32(c) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
    with open(path, 'wb') as f:
        f.write(data)

def coverage(fn, x, y, n=4):
    hits = 0
    for i in range(n):
        for j in range(n):
            if fn(x - 0.5 + (i + 0.5) / n, y - 0.5 + (j + 0.5) / n):
                hits += 1
    return hits / (n * n)

def sparkle(px, py, cx, cy, r):
    dx, dy = abs(px - cx) / r, abs(py - cy) / r
    if dx > 1 or dy > 1:
        return False
    return (dx ** 0.5 + dy ** 0.5) <= 1.0  # astroid-like star

def rounded(px, py, s, rad):
    m = s * 0.06
    x0, y0, x1, y1 = m, m, s - m, s - m
    cx = min(max(px, x0 + rad), x1 - rad)
    cy = min(max(py, y0 + rad), y1 - rad)
    return (px - cx) ** 2 + (py - cy) ** 2 <= rad ** 2 and x0 <= px <= x1 and y0 <= py <= y1

def app_pixel(x, y, s):
    bg = coverage(lambda a, b: rounded(a, b, s, s * 0.22), x, y)
    st = coverage(lambda a, b: sparkle(a, b, s * 0.5, s * 0.5, s * 0.32) or sparkle(a, b, s * 0.74, s * 0.27, s * 0.1), x, y)
    t = y / s
    base = (int(124 - 40 * t), int(92 - 30 * t), int(246 - 40 * t))
    col = tuple(int(base[k] * (1 - st) + 255 * st) for k in range(3))
    return (*col, int(255 * bg))

def tray_pixel(x, y, s):
    # Monochrome template-style: a white sparkle on transparent, readable on dark and light panels with a dark rim.
    st = coverage(lambda a, b: sparkle(a, b, s * 0.5, s * 0.5, s * 0.46), x, y)
    rim = coverage(lambda a, b: sparkle(a, b, s * 0.5, s * 0.5, s * 0.5), x, y)
    v = int(255 * (st / rim)) if rim else 0
    return (v, v, v, int(255 * rim))

out = os.path.join(os.path.dirname(__file__), '..', 'resources', 'icons')
os.makedirs(out, exist_ok=True)
png(os.path.join(out, 'icon.png'), 512, app_pixel)
for size, name in ((16, 'tray.png'), (32, 'tray@2x.png')):
    png(os.path.join(out, name), size, tray_pixel)
print('icons written to', os.path.abspath(out))
