import CNcurses
#if canImport(Glibc)
import Glibc
#endif

/// The one measure of text on screen, used for wrapping, layout and drawing.
///
/// A scalar's width is `wcwidth` (which glibc, ncurses and tmux agree on); a
/// string's is the sum over its scalars, with controls and marks counted as 0,
/// the way terminals advance the cursor.
public enum DisplayWidth {
    /// Sets the locale from the environment, falling back to C.UTF-8 so that
    /// `wcwidth` and ncurses know UTF-8 even under `LANG=C`.
    public static func prepareLocale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().filter({ $0 != "-" }) != "UTF8" {
            _ = setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if v < 0xA0 { return 0 }
        return max(0, Int(wcwidth(wchar_t(bitPattern: v))))
    }

    public static func of<S: Sequence>(_ scalars: S) -> Int where S.Element == Unicode.Scalar {
        var total = 0
        for s in scalars { total += of(s) }
        return total
    }

    public static func of(_ string: String) -> Int { of(string.unicodeScalars) }
}
