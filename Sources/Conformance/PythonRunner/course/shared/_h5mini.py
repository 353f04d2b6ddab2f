"""A tiny read-only HDF5 reader for the cat data, used by load_data() when h5py is not installed.

It understands only what train_catvnoncat.h5 / test_catvnoncat.h5 contain: superblock 0/1 with
8-byte offsets, an old-style root group (symbol table), version-1 object headers and contiguous
or compact datasets of integers, floats or fixed-length strings, without filters. Anything else
raises ValueError. `read(path)` returns {dataset name: numpy array}. Only NumPy is needed.
"""
import struct

import numpy as np

_MAGIC = b"\x89HDF\r\n\x1a\n"


def read(path):
    """Every dataset of the root group of the HDF5 file at `path`, keyed by name."""
    with open(path, "rb") as handle:
        data = handle.read()
    return _Reader(data).root_datasets()


class _Reader:
    def __init__(self, data):
        if data[:8] != _MAGIC:
            raise ValueError("not an HDF5 file")
        if data[8] not in (0, 1) or data[13] != 8 or data[14] != 8:
            raise ValueError("HDF5 layout not supported by the small reader (install h5py)")
        self.data = data
        at = 24 if data[8] == 0 else 28
        self.base = struct.unpack_from("<Q", data, at)[0]
        self.root = struct.unpack_from("<Q", data, at + 32 + 8)[0]  # root entry: name offset, header

    def _bytes(self, address, length):
        start = self.base + address
        if start < 0 or start + length > len(self.data):
            raise ValueError("HDF5 file truncated")
        return self.data[start:start + length]

    def _messages(self, header):
        version, _, count, _, size = struct.unpack_from("<BBHII", self._bytes(header, 16))
        if version != 1:
            raise ValueError("object header version %d not supported" % version)
        pending, found = [(header + 16, size)], []
        while pending and len(found) < count:
            address, length = pending.pop(0)
            block, pos = self._bytes(address, length), 0
            while pos + 8 <= length and len(found) < count:
                kind, body_size = struct.unpack_from("<HH", block, pos)
                body = block[pos + 8:pos + 8 + body_size]
                pos += 8 + body_size
                if kind == 0x10:  # continuation: more messages elsewhere
                    pending.append(struct.unpack_from("<QQ", body))
                found.append((kind, body))
        return found

    def root_datasets(self):
        for kind, body in self._messages(self.root):
            if kind == 0x11:  # symbol table: B-tree and local heap
                tree, heap = struct.unpack_from("<QQ", body)
                size, _, start = struct.unpack_from("<QQQ", self._bytes(heap + 8, 24))
                names = self._bytes(start, size)
                return {name: self._dataset(header) for name, header in self._members(tree, names)}
        raise ValueError("root group without a symbol table")

    def _members(self, node, names):
        head = self._bytes(node, 8)
        if head[:4] != b"TREE":
            raise ValueError("group B-tree expected")
        level, used = head[5], struct.unpack_from("<H", head, 6)[0]
        children = struct.unpack_from("<" + "Q" * (2 * used + 1), self._bytes(node + 24, 8 * (2 * used + 1)))
        for child in children[1::2]:  # keys and children alternate, starting with a key
            if level > 0:
                yield from self._members(child, names)
                continue
            snod = self._bytes(child, 8)
            for i in range(struct.unpack_from("<H", snod, 6)[0]):
                offset, header = struct.unpack_from("<QQ", self._bytes(child + 8 + 40 * i, 16))
                yield names[offset:names.index(b"\0", offset)].decode(), header

    def _dataset(self, header):
        shape = dtype = raw = None
        for kind, body in self._messages(header):
            if kind == 1:  # dataspace
                rank = body[1]
                shape = struct.unpack_from("<%dQ" % rank, body, 8 if body[0] == 1 else 4)
            elif kind == 3:  # datatype
                dtype = _dtype(body)
            elif kind == 0x0B:
                raise ValueError("compressed dataset: install h5py")
            elif kind == 8:  # layout
                raw = self._layout(body)
        count = int(np.prod(shape, dtype=np.int64))
        return np.frombuffer(raw[:count * dtype.itemsize], dtype=dtype).reshape(shape).astype(dtype.newbyteorder("="))

    def _layout(self, body):
        if body[0] == 3 and body[1] == 1:  # contiguous
            address, size = struct.unpack_from("<QQ", body, 2)
            return self._bytes(address, size)
        if body[0] == 3 and body[1] == 0:  # compact
            return body[4:4 + struct.unpack_from("<H", body, 2)[0]]
        raise ValueError("dataset layout not supported by the small reader (install h5py)")


def _dtype(body):
    kind, flags, size = body[0] & 0x0F, body[1], struct.unpack_from("<I", body, 4)[0]
    order = ">" if flags & 1 else "<"
    if kind == 0:
        return np.dtype("%s%s%d" % (order, "i" if flags & 8 else "u", size))
    if kind == 1:
        return np.dtype("%sf%d" % (order, size))
    if kind == 3:
        return np.dtype("S%d" % size)
    raise ValueError("datatype class %d not supported" % kind)
