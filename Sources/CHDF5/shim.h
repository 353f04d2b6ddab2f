// CHDF5: libhdf5's C API for Swift.
// Many HDF5 constants are macros that Swift cannot import: type ids such as H5T_NATIVE_DOUBLE expand
// to `(H5OPEN H5T_NATIVE_DOUBLE_g)` (a library-initialising call and a global), and file access flags
// carry the H5CHECK/H5OPEN prefix. Each one is exposed below as a `static inline` function.
// libhdf5 (serial build) is not thread-safe: Swift code must serialise every call (CatData's HDF5Lock).
#ifndef CHDF5_SHIM_H
#define CHDF5_SHIM_H

#include <hdf5.h>
#include <string.h>

// MARK: - Property lists, dataspaces, error stacks

/// H5P_DEFAULT: the default property list.
static inline hid_t chdf5_p_default(void) { return H5P_DEFAULT; }
/// H5S_ALL: the whole dataspace.
static inline hid_t chdf5_s_all(void) { return H5S_ALL; }
/// H5E_DEFAULT: the default error stack.
static inline hid_t chdf5_e_default(void) { return H5E_DEFAULT; }

// MARK: - File access flags

/// H5F_ACC_RDONLY: open read-only.
static inline unsigned chdf5_f_acc_rdonly(void) { return H5F_ACC_RDONLY; }
/// H5F_ACC_TRUNC: create, replacing an existing file.
static inline unsigned chdf5_f_acc_trunc(void) { return H5F_ACC_TRUNC; }

// MARK: - Predefined datatypes (ids owned by the library: never close them)

/// H5T_NATIVE_UINT8.
static inline hid_t chdf5_t_native_uint8(void) { return H5T_NATIVE_UINT8; }
/// H5T_NATIVE_INT32.
static inline hid_t chdf5_t_native_int32(void) { return H5T_NATIVE_INT32; }
/// H5T_NATIVE_INT64.
static inline hid_t chdf5_t_native_int64(void) { return H5T_NATIVE_INT64; }
/// H5T_NATIVE_DOUBLE.
static inline hid_t chdf5_t_native_double(void) { return H5T_NATIVE_DOUBLE; }
/// H5T_STD_U8LE: 8-bit unsigned integer as stored by NumPy's uint8.
static inline hid_t chdf5_t_std_u8le(void) { return H5T_STD_U8LE; }
/// H5T_STD_I32LE: 32-bit little-endian signed integer.
static inline hid_t chdf5_t_std_i32le(void) { return H5T_STD_I32LE; }
/// H5T_STD_I64LE: 64-bit little-endian signed integer (NumPy's int64).
static inline hid_t chdf5_t_std_i64le(void) { return H5T_STD_I64LE; }
/// H5T_IEEE_F64LE: little-endian IEEE double (NumPy's float64).
static inline hid_t chdf5_t_ieee_f64le(void) { return H5T_IEEE_F64LE; }
/// H5T_C_S1: one-byte C string type, the base of fixed-length byte strings.
static inline hid_t chdf5_t_c_s1(void) { return H5T_C_S1; }

// MARK: - Errors

/// Turns off HDF5's automatic printing of its error stack to stderr (per thread in thread-safe
/// builds, process-wide otherwise). Failures are reported through return values instead.
static inline herr_t chdf5_silence_errors(void) {
  return H5Eset_auto2(H5E_DEFAULT, NULL, NULL);
}

/// Walk callback: copies the first (innermost) entry's description into the client buffer.
static inline herr_t chdf5_copy_innermost(unsigned n, const H5E_error2_t *entry, void *buffer) {
  if (n == 0 && entry != NULL && entry->desc != NULL) {
    strncpy((char *)buffer, entry->desc, 511);
    ((char *)buffer)[511] = '\0';
  }
  return 0;
}

/// Copies the description of the innermost (most specific) entry of the current error stack into
/// `buffer` (at least 512 bytes), e.g. "truncated file: eof = 1000, ...". Empty when the stack is empty.
/// Call it right after the failing HDF5 call: the next API call clears the stack.
static inline void chdf5_innermost_error(char *buffer) {
  buffer[0] = '\0';
  H5Ewalk2(H5E_DEFAULT, H5E_WALK_UPWARD, chdf5_copy_innermost, buffer);
}

// MARK: - Files

/// Whether `path` is an HDF5 file: positive yes, 0 no, negative on failure (e.g. it cannot be opened).
static inline htri_t chdf5_is_hdf5(const char *path) {
#if H5_VERSION_GE(1, 12, 0)
  return H5Fis_accessible(path, H5P_DEFAULT);
#else
  return H5Fis_hdf5(path);
#endif
}

/// How many HDF5 objects (files, datasets, groups, types, attributes) are open in the whole library;
/// 0 whenever every handle has been closed.
static inline ssize_t chdf5_open_object_count(void) {
  return H5Fget_obj_count((hid_t)H5F_OBJ_ALL, H5F_OBJ_ALL);
}

#endif
