namespace FoiPortal.Core.Statute;

/// <summary>
/// A bank or public holiday, named as GOV.UK names it, with the parts of the UK it is observed in.
/// The name carries the region in brackets when the day is not UK-wide, e.g. "St Andrew's Day (Scotland)".
/// </summary>
public sealed record BankHoliday(DateOnly Date, string Name, bool EnglandAndWales, bool Scotland, bool NorthernIreland)
{
    public bool IsUkWide => EnglandAndWales && Scotland && NorthernIreland;

    internal UkRegions Regions =>
        (EnglandAndWales ? UkRegions.EnglandAndWales : UkRegions.None)
        | (Scotland ? UkRegions.Scotland : UkRegions.None)
        | (NorthernIreland ? UkRegions.NorthernIreland : UkRegions.None);
}

[Flags]
internal enum UkRegions
{
    None = 0,
    EnglandAndWales = 1,
    Scotland = 2,
    NorthernIreland = 4,
    All = EnglandAndWales | Scotland | NorthernIreland,
}
