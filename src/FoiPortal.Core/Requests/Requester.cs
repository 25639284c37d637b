namespace FoiPortal.Core.Requests;

/// <summary>The person who asked. Personal data: never logged, never published, purged by retention.</summary>
public sealed class Requester
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int PostalAddressMaxLength = 1000;

    /// <summary>The requester's own reference, such as the one a WhatDoTheyKnow request quotes.</summary>
    public const int YourReferenceMaxLength = 100;

    private Requester()
    {
        Name = string.Empty;
        Email = string.Empty;
    }

    /// <summary>What a case keeps once its requester's personal data has been removed (retention or erasure).</summary>
    public static Requester Removed => new(RemovedName, string.Empty, null);

    public const string RemovedName = "Personal data removed";

    public Requester(string name, string email, string? postalAddress, string? yourReference = null)
    {
        Name = name.Trim();
        Email = email.Trim();
        PostalAddress = string.IsNullOrWhiteSpace(postalAddress) ? null : postalAddress.Trim();
        YourReference = string.IsNullOrWhiteSpace(yourReference) ? null : yourReference.Trim();
    }

    public string Name { get; private set; }

    public string Email { get; private set; }

    public string? PostalAddress { get; private set; }

    /// <summary>The reference the requester gave (quoted as "Your reference" in our letters), or null.</summary>
    public string? YourReference { get; private set; }
}
