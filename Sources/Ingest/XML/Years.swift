/// The first plausible publication year (1800-2100) in a date string: `2019`,
/// `2019 Mar-Apr`, `Tue, 10 Jun 2003 04:00:00 GMT`, `2010-06-09`.
enum Years {
    static func first(in s: String?) -> Int? {
        guard let s else { return nil }
        var digits = ""
        for c in s + " " {
            if c.isASCII && c.isNumber {
                digits.append(c)
                continue
            }
            if digits.count == 4, let year = Int(digits), (1800...2100).contains(year) { return year }
            digits = ""
        }
        return nil
    }
}
