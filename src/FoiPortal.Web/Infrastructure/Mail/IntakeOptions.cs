namespace FoiPortal.Web.Infrastructure.Mail;

/// <summary><c>Mail:Intake</c>: where requests by email come from. Both sources are off unless configured.</summary>
public sealed class IntakeOptions
{
    public const string Section = "Mail:Intake";

    /// <summary>A folder of .eml files to import (absolute, or relative to the web project); empty = off.</summary>
    public string Folder { get; set; } = string.Empty;

    /// <summary>How often the folder is looked at.</summary>
    public int FolderPollSeconds { get; set; } = 5;

    public IntakeImapOptions Imap { get; set; } = new();
}

/// <summary><c>Mail:Intake:Imap</c>: the FOI mailbox, read with MailKit. Off while <see cref="Host"/> is empty.</summary>
public sealed class IntakeImapOptions
{
    public string Host { get; set; } = string.Empty;

    public int Port { get; set; } = 993;

    public bool UseSsl { get; set; } = true;

    public string UserName { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string Folder { get; set; } = "INBOX";

    /// <summary>When set, imported messages are moved there; otherwise they are marked seen and left in place.</summary>
    public string ProcessedFolder { get; set; } = string.Empty;

    /// <summary>How often the mailbox is polled (and the longest an IDLE waits before polling anyway).</summary>
    public int PollSeconds { get; set; } = 60;
}
