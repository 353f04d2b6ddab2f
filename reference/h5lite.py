"""A minimal, read-only HDF5 reader: just enough for the course's cat data files.

Supports what `train_catvnoncat.h5` / `test_catvnoncat.h5` use: superblock version 0 or 1,
old-style groups (symbol table: v1 B-tree + symbol nodes + local heap), version-1 object headers
(with continuation blocks), contiguous or compact datasets without filters, and the datatypes
fixed-point integers (any size, either byte order, signed or not), IEEE floats and fixed-length
strings. Anything else raises H5LiteError with a one-line explanation.

Usage:
    with open(path, "rb") as f: data = f.read()
    arrays = read_datasets(data)          # {"train_set_x": ndarray, ...}

Only numpy is needed.
"""

import struct

import numpy as np

SIGNATURE = b"\x89HDF\r\n\x1a\n"
UNDEFINED = 0xFFFFFFFFFFFFFFFF

# Object header message types used here.
MSG_DATASPACE = 0x0001
MSG_DATATYPE = 0x0003
MSG_LAYOUT = 0x0008
MSG_FILTERS = 0x000B
MSG_CONTINUATION = 0x0010
MSG_SYMBOL_TABLE = 0x0011


class H5LiteError(ValueError):
    """The file is not an HDF5 file this reader understands."""


class _File:
    def __init__(self, data):
        self.data = data
        if data[:8] != SIGNATURE:
            raise H5LiteError("not an HDF5 file (signature missing at offset 0)")
        version = data[8]
        if version not in (0, 1):
            raise H5LiteError(f"superblock version {version} not supported (only 0 and 1)")
        self.size_offsets = data[13]
        self.size_lengths = data[14]
        if self.size_offsets != 8 or self.size_lengths != 8:
            raise H5LiteError("only 8-byte offsets and lengths are supported")
        pos = 24 if version == 0 else 28
        self.base, _free, self.eof, _driver = struct.unpack_from("<4Q", data, pos)
        pos += 32
        # Root group symbol table entry.
        _name, header, cache_type, _reserved = struct.unpack_from("<QQII", data, pos)
        self.root_header = header
        if self.eof > len(data):
            raise H5LiteError(f"file truncated: {len(data)} bytes, superblock says {self.eof}")

    def addr(self, a):
        return self.base + a

    def check(self, start, length):
        if start < 0 or start + length > len(self.data):
            raise H5LiteError(f"address {start}+{length} outside the file")

    def sig(self, at, expected):
        self.check(at, 4)
        if self.data[at:at + 4] != expected:
            raise H5LiteError(f"expected {expected!r} at {at}, found {self.data[at:at + 4]!r}")

    # --- object headers -------------------------------------------------------------------
    def messages(self, header_addr):
        """Yields (type, body bytes) for every message of a version-1 object header."""
        at = self.addr(header_addr)
        self.check(at, 16)
        version, _r, count, _refs, size = struct.unpack_from("<BBHII", self.data, at)
        if version != 1:
            raise H5LiteError(f"object header version {version} not supported (only 1)")
        blocks = [(at + 16, size)]
        seen = 0
        while blocks and seen < count:
            start, length = blocks.pop(0)
            self.check(start, length)
            pos, end = start, start + length
            while pos + 8 <= end and seen < count:
                mtype, msize, _flags = struct.unpack_from("<HHB", self.data, pos)
                body = self.data[pos + 8:pos + 8 + msize]
                pos += 8 + msize
                seen += 1
                if mtype == MSG_CONTINUATION:
                    off, ln = struct.unpack_from("<QQ", body, 0)
                    blocks.append((self.addr(off), ln))
                else:
                    yield mtype, body

    # --- groups ---------------------------------------------------------------------------
    def group_members(self, header_addr):
        """{name: object header address} of an old-style (symbol table) group."""
        for mtype, body in self.messages(header_addr):
            if mtype == MSG_SYMBOL_TABLE:
                btree, heap = struct.unpack_from("<QQ", body, 0)
                return self._btree_members(btree, self._heap_data(heap))
        raise H5LiteError("group has no symbol table message (new-style groups not supported)")

    def _heap_data(self, heap_addr):
        at = self.addr(heap_addr)
        self.sig(at, b"HEAP")
        seg_size, _free, seg_addr = struct.unpack_from("<QQQ", self.data, at + 8)
        start = self.addr(seg_addr)
        self.check(start, seg_size)
        return self.data[start:start + seg_size]

    def _btree_members(self, node_addr, heap):
        at = self.addr(node_addr)
        self.sig(at, b"TREE")
        node_type, level, used = struct.unpack_from("<BBH", self.data, at + 4)
        if node_type != 0:
            raise H5LiteError("group B-tree node of the wrong type")
        members = {}
        pos = at + 24 + 8  # past header and siblings, then key 0
        for _ in range(used):
            (child,) = struct.unpack_from("<Q", self.data, pos)
            pos += 16  # child, then next key
            if level > 0:
                members.update(self._btree_members(child, heap))
            else:
                members.update(self._symbol_node(child, heap))
        return members

    def _symbol_node(self, node_addr, heap):
        at = self.addr(node_addr)
        self.sig(at, b"SNOD")
        (count,) = struct.unpack_from("<H", self.data, at + 6)
        members = {}
        for i in range(count):
            name_off, header = struct.unpack_from("<QQ", self.data, at + 8 + 40 * i)
            end = heap.index(b"\0", name_off)
            members[heap[name_off:end].decode("utf-8")] = header
        return members

    # --- datasets -------------------------------------------------------------------------
    def dataset(self, header_addr):
        shape = dtype = raw = None
        for mtype, body in self.messages(header_addr):
            if mtype == MSG_DATASPACE:
                shape = _dataspace(body)
            elif mtype == MSG_DATATYPE:
                dtype = _datatype(body)
            elif mtype == MSG_FILTERS:
                raise H5LiteError("filtered (compressed) datasets not supported")
            elif mtype == MSG_LAYOUT:
                raw = self._layout(body)
        if shape is None or dtype is None or raw is None:
            raise H5LiteError("object is not a dataset (dataspace, datatype or layout missing)")
        count = int(np.prod(shape, dtype=np.int64))
        need = count * dtype.itemsize
        if raw is _UNALLOCATED:
            return np.zeros(shape, dtype=dtype.newbyteorder("="))
        if len(raw) < need:
            raise H5LiteError(f"dataset storage holds {len(raw)} bytes, {need} needed")
        array = np.frombuffer(raw[:need], dtype=dtype).reshape(shape)
        return array.astype(dtype.newbyteorder("="))

    def _layout(self, body):
        version = body[0]
        if version == 3:
            layout_class = body[1]
            if layout_class == 0:
                (size,) = struct.unpack_from("<H", body, 2)
                return body[4:4 + size]
            if layout_class == 1:
                addr, size = struct.unpack_from("<QQ", body, 2)
                return self._contiguous(addr, size)
            raise H5LiteError("chunked or virtual dataset layout not supported")
        if version in (1, 2):
            rank, layout_class = body[1], body[2]
            if layout_class == 1:
                (addr,) = struct.unpack_from("<Q", body, 8)
                dims = struct.unpack_from(f"<{rank}I", body, 16)
                size = int(np.prod(dims, dtype=np.int64))
                return self._contiguous(addr, size)
            if layout_class == 0:
                pos = 8 + 4 * rank
                (size,) = struct.unpack_from("<I", body, pos)
                return body[pos + 4:pos + 4 + size]
            raise H5LiteError("chunked dataset layout not supported")
        raise H5LiteError(f"data layout message version {version} not supported")

    def _contiguous(self, addr, size):
        if addr == UNDEFINED:
            return _UNALLOCATED
        start = self.addr(addr)
        self.check(start, size)
        return self.data[start:start + size]


_UNALLOCATED = object()


def _dataspace(body):
    version, rank, flags = body[0], body[1], body[2]
    if version == 1:
        pos = 8
    elif version == 2:
        pos = 4
        if body[3] == 0:  # scalar
            return ()
    else:
        raise H5LiteError(f"dataspace message version {version} not supported")
    return tuple(struct.unpack_from(f"<{rank}Q", body, pos))


def _datatype(body):
    klass = body[0] & 0x0F
    bits = body[1] | (body[2] << 8) | (body[3] << 16)
    (size,) = struct.unpack_from("<I", body, 4)
    order = ">" if bits & 1 else "<"
    if klass == 0:  # fixed-point
        kind = "i" if bits & 0x08 else "u"
        if size not in (1, 2, 4, 8):
            raise H5LiteError(f"integer size {size} not supported")
        return np.dtype(f"{order}{kind}{size}")
    if klass == 1:  # floating point
        if size not in (4, 8):
            raise H5LiteError(f"float size {size} not supported")
        return np.dtype(f"{order}f{size}")
    if klass == 3:  # fixed-length string
        return np.dtype(f"S{size}")
    raise H5LiteError(f"datatype class {klass} not supported")


def read_datasets(data):
    """All datasets in the root group of an HDF5 file image, as numpy arrays keyed by name."""
    f = _File(data)
    result = {}
    for name, header in sorted(f.group_members(f.root_header).items()):
        result[name] = f.dataset(header)
    return result


def read_file(path):
    """read_datasets() on the file at `path`."""
    with open(path, "rb") as handle:
        return read_datasets(handle.read())


if __name__ == "__main__":
    import sys

    for path in sys.argv[1:]:
        for key, value in read_file(path).items():
            print(path, key, value.dtype, value.shape, value.reshape(-1)[:4])
