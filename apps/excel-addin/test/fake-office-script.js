// A small fake of Office.js for tests: Office.onReady / Office.context and Excel.run over an
// in-memory workbook, with Excel's load/sync semantics (proxies are empty until context.sync()).
// Plain JavaScript on purpose: the same file runs in Node unit tests and is served to Chromium
// in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js.
// office-addin-mock cannot stand in: it does not sync objects returned by getRangeByIndexes.

function installFakeOffice(target, options) {
  const maxCellsPerSync = options.maxCellsPerSync ?? Number.POSITIVE_INFINITY;
  const nullValuesAboveCells = options.nullValuesAboveCells ?? Number.POSITIVE_INFINITY;
  const state = {
    sheets: [],
    activeSheet: null,
    selection: null,
    syncs: 0,
    reads: [],
    createdWorkbooks: [],
    screenUpdatingSuspensions: 0,
    /** URLs given to Office.context.ui.openBrowserWindow (OpenBrowserWindowApi 1.1). */
    openedWindows: [],
    /** Office.context.document.settings, and what its last saveAsync saved. */
    settings: { ...(options.settings ?? {}) },
    savedSettings: { ...(options.settings ?? {}) },
  };

  function officeError(code, message) {
    const error = new Error(message);
    error.name = "RichApi.Error";
    error.code = code;
    return error;
  }

  function columnNumber(letters) {
    let n = 0;
    for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  }

  function columnLetters(index) {
    let n = index + 1;
    let out = "";
    while (n > 0) {
      const rem = (n - 1) % 26;
      out = String.fromCharCode(65 + rem) + out;
      n = Math.floor((n - 1) / 26);
    }
    return out;
  }

  /** "A1", "A1:C3", "5:5" (whole rows), "A:BZ" (whole columns) -> 0-based bounds. */
  function parseAddress(address) {
    const [from, to = from] = address.split(":");
    const part = (text) => {
      const m = /^([A-Z]*)(\d*)$/i.exec(text);
      return { col: m[1] ? columnNumber(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
    };
    const a = part(from);
    const b = part(to);
    const rowIndex = a.row ?? 0;
    const columnIndex = a.col ?? 0;
    return {
      rowIndex,
      columnIndex,
      rowCount: a.row === null ? 1048576 : b.row - rowIndex + 1,
      columnCount: a.col === null ? 16384 : b.col - columnIndex + 1,
    };
  }

  function findSheet(name) {
    return state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  function addSheet(name) {
    if (findSheet(name)) throw officeError("ItemAlreadyExists", `sheet ${name} exists`);
    const sheet = {
      name,
      rows: [],
      cellFormats: new Map(),
      columnFormats: [],
      layout: { boldRows: [], columnWidths: [], frozenRows: 0 },
    };
    state.sheets.push(sheet);
    return sheet;
  }

  function formatAt(sheet, row, col) {
    return sheet.cellFormats.get(`${row},${col}`) ?? sheet.columnFormats[col] ?? "General";
  }

  function getCell(sheet, row, col) {
    const value = sheet.rows[row]?.[col];
    return value === undefined ? "" : value;
  }

  function setCell(sheet, row, col, value) {
    while (sheet.rows.length <= row) sheet.rows.push([]);
    sheet.rows[row][col] = value;
  }

  function usedBounds(sheet) {
    let top = -1;
    let bottom = -1;
    let left = Number.POSITIVE_INFINITY;
    let right = -1;
    sheet.rows.forEach((row, r) => {
      (row ?? []).forEach((value, c) => {
        if (value === "" || value === undefined || value === null) return;
        if (top === -1) top = r;
        bottom = r;
        left = Math.min(left, c);
        right = Math.max(right, c);
      });
    });
    if (top === -1) return null;
    return { rowIndex: top, columnIndex: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  /** What Excel does to text pasted into a cell: General turns number-like text into a (rounded) number. */
  function pastedValue(text, format) {
    if (format === "@" || typeof text !== "string") return text;
    return /^-?\d+(\.\d+)?(E[+-]?\d+)?$/i.test(text.trim()) ? Number(text) : text;
  }

  function notLoaded(name) {
    throw officeError(
      "PropertyNotLoaded",
      `The property '${name}' is not available. Call load() and sync() first.`,
    );
  }

  class Range {
    constructor(context, sheetRef, locate, address, nullable = false) {
      this.context = context;
      this.sheetRef = sheetRef;
      this.locate = locate;
      this.address = address;
      this.loaded = {};
      if (nullable) {
        context.queue.push({
          cells: () => 0,
          run: () => {
            const sheet = sheetRef.resolve();
            this.loaded.isNullObject = !sheet || locate(sheet) === null;
          },
        });
      }
    }
    load(props) {
      const names = Array.isArray(props) ? props : String(props).split(",");
      this.context.queue.push({
        cells: names.includes("values") ? () => this.cellCount() : () => 0,
        run: () => {
          const sheet = this.sheetRef.resolve();
          const bounds = sheet ? this.locate(sheet) : null;
          this.loaded.isNullObject = bounds === null;
          if (!bounds) return;
          Object.assign(this.loaded, bounds);
          if (names.includes("values")) {
            const cells = bounds.rowCount * bounds.columnCount;
            state.reads.push({ sheet: sheet.name, ...bounds });
            this.loaded.values =
              cells > nullValuesAboveCells
                ? null
                : Array.from({ length: bounds.rowCount }, (_, r) =>
                    Array.from({ length: bounds.columnCount }, (_, c) =>
                      getCell(sheet, bounds.rowIndex + r, bounds.columnIndex + c),
                    ),
                  );
          }
        },
      });
      return this;
    }
    cellCount() {
      const sheet = this.sheetRef.resolve();
      const bounds = sheet ? this.locate(sheet) : null;
      return bounds ? bounds.rowCount * bounds.columnCount : 0;
    }
    get isNullObject() {
      return "isNullObject" in this.loaded ? this.loaded.isNullObject : notLoaded("isNullObject");
    }
    get worksheet() {
      return this.sheetRef;
    }
    get values() {
      return "values" in this.loaded ? this.loaded.values : notLoaded("values");
    }
    set values(grid) {
      this.context.queue.push({
        cells: () => 0,
        run: () => {
          const sheet = this.sheetRef.resolveOrThrow();
          const b = this.locate(sheet);
          grid.forEach((row, r) => {
            row.forEach((value, c) => {
              setCell(
                sheet,
                b.rowIndex + r,
                b.columnIndex + c,
                pastedValue(value, formatAt(sheet, b.rowIndex + r, b.columnIndex + c)),
              );
            });
          });
        },
      });
    }
    set numberFormat(format) {
      this.context.queue.push({
        cells: () => 0,
        run: () => {
          const sheet = this.sheetRef.resolveOrThrow();
          const b = this.locate(sheet);
          if (!Array.isArray(format)) {
            for (let c = b.columnIndex; c < b.columnIndex + Math.min(b.columnCount, 512); c++)
              sheet.columnFormats[c] = format;
            return;
          }
          format.forEach((row, r) => {
            row.forEach((f, c) => {
              sheet.cellFormats.set(`${b.rowIndex + r},${b.columnIndex + c}`, f);
            });
          });
        },
      });
    }
    /** Range.format: bold rows and column widths, recorded per sheet (`layoutOf`). */
    get format() {
      const later = (run) => this.context.queue.push({ cells: () => 0, run });
      const bounds = () => {
        const sheet = this.sheetRef.resolveOrThrow();
        return { sheet, b: this.locate(sheet) };
      };
      return {
        font: {
          set bold(value) {
            later(() => {
              const { sheet, b } = bounds();
              for (let r = b.rowIndex; r < b.rowIndex + b.rowCount; r++) sheet.layout.boldRows[r] = value;
            });
          },
        },
        set columnWidth(points) {
          later(() => {
            const { sheet, b } = bounds();
            for (let c = b.columnIndex; c < b.columnIndex + b.columnCount; c++)
              sheet.layout.columnWidths[c] = points;
          });
        },
      };
    }
    /** Range.clear: contents only, or everything (formats too) for "All" or no argument. */
    clear(applyTo) {
      this.context.queue.push({
        cells: () => 0,
        run: () => {
          const sheet = this.sheetRef.resolveOrThrow();
          const b = this.locate(sheet);
          if (!b) return;
          for (let r = b.rowIndex; r < Math.min(sheet.rows.length, b.rowIndex + b.rowCount); r++) {
            const row = sheet.rows[r] ?? [];
            for (let c = b.columnIndex; c < Math.min(row.length, b.columnIndex + b.columnCount); c++) {
              row[c] = "";
              if (applyTo !== "Contents") sheet.cellFormats.delete(`${r},${c}`);
            }
          }
        },
      });
    }
    select() {
      this.context.queue.push({
        cells: () => 0,
        run: () => {
          const sheet = this.sheetRef.resolveOrThrow();
          state.activeSheet = sheet.name;
          state.selection = { sheet: sheet.name, address: this.address };
        },
      });
    }
  }

  for (const name of ["rowIndex", "columnIndex", "rowCount", "columnCount"]) {
    Object.defineProperty(Range.prototype, name, {
      get() {
        return name in this.loaded ? this.loaded[name] : notLoaded(name);
      },
    });
  }

  class Worksheet {
    constructor(context, name, nullable) {
      this.context = context;
      this.name = name;
      this.nullable = nullable;
      this.loaded = {};
      if (nullable) {
        context.queue.push({
          cells: () => 0,
          run: () => (this.loaded.isNullObject = findSheet(name) === null),
        });
      }
    }
    resolve() {
      return findSheet(this.name);
    }
    load() {
      return this;
    }
    resolveOrThrow() {
      const sheet = findSheet(this.name);
      if (!sheet) throw officeError("ItemNotFound", `The requested resource doesn't exist: ${this.name}`);
      return sheet;
    }
    get isNullObject() {
      return "isNullObject" in this.loaded ? this.loaded.isNullObject : notLoaded("isNullObject");
    }
    getUsedRangeOrNullObject() {
      return new Range(this.context, this, usedBounds, "used", true);
    }
    getRangeByIndexes(rowIndex, columnIndex, rowCount, columnCount) {
      const address = `${columnLetters(columnIndex)}${rowIndex + 1}:${columnLetters(columnIndex + columnCount - 1)}${rowIndex + rowCount}`;
      return new Range(this.context, this, () => ({ rowIndex, columnIndex, rowCount, columnCount }), address);
    }
    getRange(address = "A1") {
      return new Range(this.context, this, () => parseAddress(address), address);
    }
    activate() {
      this.context.queue.push({
        cells: () => 0,
        run: () => {
          state.activeSheet = this.resolveOrThrow().name;
        },
      });
    }
    get freezePanes() {
      return {
        freezeRows: (count) => {
          this.context.queue.push({
            cells: () => 0,
            run: () => {
              this.resolveOrThrow().layout.frozenRows = count;
            },
          });
        },
      };
    }
  }

  class WorksheetCollection {
    constructor(context) {
      this.context = context;
      this.loadedItems = null;
    }
    getItem(name) {
      return new Worksheet(this.context, name, false);
    }
    getItemOrNullObject(name) {
      return new Worksheet(this.context, name, true);
    }
    add(name) {
      this.context.queue.push({ cells: () => 0, run: () => addSheet(name) });
      return new Worksheet(this.context, name, false);
    }
    load() {
      this.context.queue.push({
        cells: () => 0,
        run: () => (this.loadedItems = state.sheets.map((s) => ({ name: s.name }))),
      });
      return this;
    }
    get items() {
      return this.loadedItems ?? notLoaded("items");
    }
  }

  class RequestContext {
    constructor() {
      this.queue = [];
      this.workbook = {
        worksheets: new WorksheetCollection(this),
        getSelectedRange: () => {
          const selection = state.selection ?? {
            sheet: state.activeSheet ?? state.sheets[0]?.name,
            address: "A1",
          };
          const sheet = new Worksheet(this, selection.sheet, false);
          return new Range(this, sheet, () => parseAddress(selection.address), selection.address);
        },
      };
      this.application = {
        suspendScreenUpdatingUntilNextSync() {
          state.screenUpdatingSuspensions++;
        },
      };
    }
    async sync() {
      state.syncs++;
      const ops = this.queue;
      this.queue = [];
      const cells = ops.reduce((sum, op) => sum + op.cells(), 0);
      if (cells > maxCellsPerSync) {
        throw officeError(
          "ResponsePayloadSizeLimitExceeded",
          `response payload of ${cells} cells is too large`,
        );
      }
      for (const op of ops) op.run();
    }
  }

  function compareVersions(a, b) {
    const pa = a.split(".").map(Number);
    const pb = b.split(".").map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
      const d = (pa[i] ?? 0) - (pb[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  }

  const info = { host: options.host, platform: options.platform };
  target.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline" },
    onReady(callback) {
      if (callback) callback(info);
      return Promise.resolve(info);
    },
    context: {
      platform: options.platform,
      ui: {
        openBrowserWindow(url) {
          state.openedWindows.push(url);
        },
      },
      document: {
        settings: {
          get: (name) => (name in state.settings ? state.settings[name] : null),
          set: (name, value) => {
            state.settings[name] = value;
          },
          remove: (name) => {
            delete state.settings[name];
          },
          saveAsync: (callback) => {
            state.savedSettings = { ...state.settings };
            callback?.({ status: "succeeded" });
          },
        },
      },
      requirements: {
        isSetSupported(name, version) {
          const max = options.sets?.[name];
          return max !== undefined && compareVersions(max, version ?? "1.1") >= 0;
        },
      },
    },
  };
  target.Excel = {
    async run(batch) {
      const context = new RequestContext();
      const result = await batch(context);
      if (context.queue.length > 0) await context.sync();
      return result;
    },
    async createWorkbook(base64) {
      state.createdWorkbooks.push(base64);
    },
  };
  target.__fakeExcel = {
    state,
    /** Pastes text as the operator would: each cell keeps or loses its text according to the cell's format. */
    paste(sheetName, rows) {
      const sheet = findSheet(sheetName) ?? addSheet(sheetName);
      rows.forEach((row, r) => {
        row.forEach((text, c) => {
          setCell(sheet, r, c, pastedValue(text, formatAt(sheet, r, c)));
        });
      });
    },
    sheetValues(sheetName) {
      const sheet = findSheet(sheetName);
      return sheet ? sheet.rows.map((row) => Array.from(row ?? [], (v) => (v === undefined ? "" : v))) : null;
    },
    formatAt(sheetName, row, col) {
      const sheet = findSheet(sheetName);
      return sheet ? formatAt(sheet, row, col) : null;
    },
    sheetNames() {
      return state.sheets.map((s) => s.name);
    },
    /** Bold rows (indexes from 0), column widths in points and frozen rows, as written through Range.format. */
    layoutOf(sheetName) {
      const sheet = findSheet(sheetName);
      if (!sheet) return null;
      const { boldRows, columnWidths, frozenRows } = sheet.layout;
      return {
        boldRows: boldRows.flatMap((bold, r) => (bold ? [r] : [])),
        columnWidths: Array.from(columnWidths, (w) => w ?? null),
        frozenRows,
      };
    },
    /** The operator selects cells (e.g. "A3:F3") on a sheet. */
    select(sheetName, address) {
      state.activeSheet = sheetName;
      state.selection = { sheet: sheetName, address };
    },
  };
}

if (typeof window !== "undefined" && window.__fakeOfficeOptions)
  installFakeOffice(window, window.__fakeOfficeOptions);
