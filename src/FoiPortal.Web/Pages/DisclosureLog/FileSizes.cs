using System.Globalization;

namespace FoiPortal.Web.Pages.DisclosureLog;

/// <summary>"820 bytes", "1.2 KB", "3.4 MB": GOV.UK attachment sizes.</summary>
public static class FileSizes
{
    public static string Describe(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(CultureInfo.InvariantCulture) + (bytes == 1 ? " byte" : " bytes"),
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
    };
}
