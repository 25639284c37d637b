using System.Text.RegularExpressions;

namespace FoiPortal.Web.Tests.Infrastructure;

/// <summary>Reads the emails the portal wrote to the test pickup folder.</summary>
public static partial class Mailbox
{
    /// <summary>Waits up to 10 s for an email containing all of <paramref name="texts"/> and returns its raw text.</summary>
    public static async Task<string> WaitForAsync(PortalFactory factory, params string[] texts)
    {
        for (var i = 0; i < 100; i++)
        {
            if (Directory.Exists(factory.MailFolder))
            {
                foreach (var file in Directory.GetFiles(factory.MailFolder, "*.eml"))
                {
                    var text = await File.ReadAllTextAsync(file);
                    if (texts.All(t => text.Contains(t, StringComparison.Ordinal)))
                    {
                        return text;
                    }
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No email containing {string.Join(", ", texts)} within 10 s.");
    }

    [GeneratedRegex(@"https?://[^/\s]+(?<path>/track/[A-Za-z0-9_-]{43})")]
    public static partial Regex TrackLink();
}
