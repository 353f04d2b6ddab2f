"""Loads a learner's file without running its experiments.

The file is parsed with `ast`; only imports, function and class definitions, assignments of
constants (and try blocks made only of those) are executed, one statement at a time, so that an
import that fails becomes a warning instead of stopping the grading. Everything else at the top
level (test prints, np.random.seed, training runs, plots) is skipped and counted.
"""
import ast
import builtins
import os
import re

from .text import one_line_exception

def is_constant_expression(node, known):
    """Literals, containers of literals, arithmetic on them, and names of earlier constants."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return all(is_constant_expression(e, known) for e in node.elts)
    if isinstance(node, ast.Dict):
        return all(k is not None and is_constant_expression(k, known) for k in node.keys) and \
            all(is_constant_expression(v, known) for v in node.values)
    if isinstance(node, ast.UnaryOp):
        return is_constant_expression(node.operand, known)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod)):
        return is_constant_expression(node.left, known) and is_constant_expression(node.right, known)
    if isinstance(node, ast.Name):
        return node.id in known
    return False


def target_names(target):
    """Names bound by a plain assignment target, or None if the target is anything else."""
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, (ast.Tuple, ast.List)):
        names = []
        for element in target.elts:
            inner = target_names(element)
            if inner is None:
                return None
            names.extend(inner)
        return names
    return None


def is_kept(stmt, known):
    """True for the statements the runner executes: imports, definitions, constant assignments."""
    if isinstance(stmt, (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Pass)):
        return True
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str):
        return True  # a docstring or a bare string (exported markdown): harmless
    if isinstance(stmt, ast.Assign):
        names = []
        for target in stmt.targets:
            bound = target_names(target)
            if bound is None:
                return False
            names.extend(bound)
        if is_constant_expression(stmt.value, known):
            known.update(names)
            return True
        return False
    if isinstance(stmt, ast.AnnAssign):
        if isinstance(stmt.target, ast.Name) and stmt.value is not None and is_constant_expression(stmt.value, known):
            known.add(stmt.target.id)
            return True
        return False
    if isinstance(stmt, ast.Try):  # e.g. try: import h5py / except ImportError: pass
        blocks = [stmt.body, stmt.orelse, stmt.finalbody] + [h.body for h in stmt.handlers]
        return all(is_kept(s, known) for block in blocks for s in block)
    return False


MAGIC_LINE = re.compile(r"^[%!]")


CELL_MARK = re.compile(r"^# In\[[ 0-9]*\]:")


def parse_solution(path, source):
    """Returns (tree, notes) or raises SyntaxError.

    IPython magics and shell escapes at column 0 are commented out. When the file still does not
    parse and it is made of cells (`# In[n]:` markers, as in our notebook conversion and in
    nbconvert exports), each cell is parsed on its own and the cells with a syntax error are
    skipped, with a note each, so that one broken cell does not hide the rest of the notebook."""
    try:
        return ast.parse(source, filename=path), []
    except (SyntaxError, ValueError) as original:
        try:
            text = source.decode("utf-8")
        except UnicodeDecodeError:
            raise original from None
        name = os.path.basename(path)
        lines = text.split("\n")
        magics = [i for i, line in enumerate(lines) if MAGIC_LINE.match(line)]
        notes = ["%s:%d: IPython magic %r ignored" % (name, i + 1, lines[i].strip()[:60]) for i in magics]
        for i in magics:
            lines[i] = "#" + lines[i]
        try:
            return ast.parse("\n".join(lines), filename=path), notes
        except (SyntaxError, ValueError):
            pass
        by_cells = parse_cells(lines, path)
        if by_cells is None:
            raise original from None
        tree, cell_notes = by_cells
        return tree, notes + cell_notes


#: Where a top-level unit starts in a script without cell markers.
UNIT_START = re.compile(r"^(def |class |@|import |from |async def )")


def parse_cells(lines, path):
    """(tree of the cells that parse, one note per cell that does not), or None when nothing
    parses. Cells are the `# In[n]:` chunks; a script without them is cut before every top-level
    def, class, decorator and import instead."""
    starts = [i for i, line in enumerate(lines) if CELL_MARK.match(line)]
    if not starts:
        starts = [i for i, line in enumerate(lines) if UNIT_START.match(line)]
    if not starts:
        return None
    bounds = sorted(set([0] + starts + [len(lines)]))
    body, notes = [], []
    name = os.path.basename(path)
    for first, end in zip(bounds, bounds[1:]):
        chunk = "\n" * first + "\n".join(lines[first:end])  # keeps the file's line numbers
        try:
            body.extend(ast.parse(chunk, filename=path).body)
        except (SyntaxError, ValueError) as e:
            line = getattr(e, "lineno", None) or first + 1
            notes.append("%s:%d: SyntaxError: %s (this part was skipped; the rest is graded)"
                         % (name, line, getattr(e, "msg", str(e))))
    if not body:
        return None
    return ast.Module(body=body, type_ignores=[]), notes


def split_top_level(tree):
    """Kept statements (in order) and the number of skipped top-level statements. A name a
    skipped statement assigns is no longer a known constant (in the notebook it holds what that
    statement made: `my_image = "cat.jpg"`, a skipped `my_image = imread(my_image)`, then
    `my_image = my_image / 255.` is not arithmetic on a string)."""
    known = set()
    kept, skipped = [], 0
    for stmt in tree.body:
        if is_kept(stmt, known):
            kept.append(stmt)
        else:
            skipped += 1
            known.difference_update(assigned_names(stmt, (ast.Store, ast.Del)))
    return kept, skipped


def assigned_names(stmt, contexts=(ast.Store,)):
    """Every plain name used in one of `contexts` anywhere inside `stmt` (stored by default:
    assignment targets, loop and with variables, augmented assignments)."""
    return {node.id for node in ast.walk(stmt) if isinstance(node, ast.Name) and isinstance(node.ctx, contexts)}


def load_statements(kept, path, namespace, course_dir=None):
    """Executes the kept statements one by one; a failing one becomes a warning, not an error.

    Runs learner code: only ever called in a child (dnnc_runner.child)."""
    notes = []
    name = os.path.basename(path)
    for stmt in kept:
        code = compile(ast.Module(body=[stmt], type_ignores=[]), path, "exec")
        try:
            exec(code, namespace)
        except MemoryError:
            raise
        except BaseException as e:  # noqa: BLE001 - an import may even call sys.exit
            notes.append("%s:%d: %s (statement skipped)" % (name, stmt.lineno, describe_failure(e, course_dir)))
    return notes


#: Modules real notebooks of the course import that are not ours to serve (plotting, images...).
THIRD_PARTY = {"matplotlib", "scipy", "PIL", "h5py", "sklearn", "imageio", "skimage", "IPython", "tqdm", "pandas"}


def describe_failure(e, course_dir):
    """One line for a failed top-level statement; a missing module says whose problem it is."""
    if isinstance(e, ModuleNotFoundError) and e.name:
        top = e.name.split(".")[0]
        if top in THIRD_PARTY:
            return "module %s is not installed for the grader (its uses are skipped)" % e.name
        return ("ModuleNotFoundError: the grader does not provide module %s (a helper file of the "
                "notebook's folder? Only the course's own helper modules are served: this is the "
                "grader's limit, not necessarily your mistake)" % e.name)
    return one_line_exception(e)


def new_namespace(path):
    """Globals for the learner's code: a module-like namespace whose __file__ is the solution."""
    return {"__name__": "solution", "__file__": path, "__builtins__": builtins}
