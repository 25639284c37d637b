namespace FoiPortal.Core.Requests;

/// <summary>The person who asked. Personal data: never logged, never published, purged by retention.</summary>
public sealed class Requester
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int PostalAddressMaxLength = 1000;

    private Requester()
    {
        Name = string.Empty;
        Email = string.Empty;
    }

    public Requester(string name, string email, string? postalAddress)
    {
        Name = name.Trim();
        Email = email.Trim();
        PostalAddress = string.IsNullOrWhiteSpace(postalAddress) ? null : postalAddress.Trim();
    }

    public string Name { get; private set; }

    public string Email { get; private set; }

    public string? PostalAddress { get; private set; }
}
