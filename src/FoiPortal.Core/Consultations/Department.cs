using System.Net.Mail;
using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Consultations;

/// <summary>
/// A part of the authority an officer asks for information or a view (issue 18, "Consult"): set up by an admin, with
/// the address(es) its consultation tasks are emailed to. Never deleted (old tasks name it); an inactive department
/// is no longer offered for new tasks. Every change is kept (<see cref="Changes"/>), as other admin changes are.
/// </summary>
public sealed class Department
{
    public const int NameMaxLength = 100;
    public const int ContactEmailsMaxLength = 1_000;
    public const int MaxContactEmails = 5;

    private readonly List<DepartmentChange> _changes = [];

    private Department()
    {
        Name = string.Empty;
        ContactEmails = string.Empty;
    }

    public Department(string name, string contactEmails, string actor, DateTime atUtc)
    {
        Name = CheckedName(name);
        ContactEmails = string.Join("; ", CheckedEmails(contactEmails));
        IsActive = true;
        _changes.Add(new DepartmentChange(atUtc, actor, $"Added: {Name} ({ContactEmails})"));
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The addresses, "; " separated, as stored.</summary>
    public string ContactEmails { get; private set; }

    public bool IsActive { get; private set; }

    public IReadOnlyList<DepartmentChange> Changes => _changes;

    public IReadOnlyList<string> Addresses => ParseEmails(ContactEmails);

    public void Edit(string name, string contactEmails, string actor, DateTime atUtc)
    {
        var newName = CheckedName(name);
        var newEmails = string.Join("; ", CheckedEmails(contactEmails));
        if (newName == Name && newEmails == ContactEmails)
        {
            return;
        }

        _changes.Add(new DepartmentChange(atUtc, actor, $"Changed from {Name} ({ContactEmails}) to {newName} ({newEmails})"));
        Name = newName;
        ContactEmails = newEmails;
    }

    public void SetActive(bool active, string actor, DateTime atUtc)
    {
        if (active == IsActive)
        {
            return;
        }

        IsActive = active;
        _changes.Add(new DepartmentChange(atUtc, actor, active ? "Made active again" : "Deactivated: no longer offered for new tasks"));
    }

    /// <summary>Why the text cannot be a department's name, or null (one rule for the form and the entity).</summary>
    public static string? WhyNotName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "Enter the department's name"
        : name.Trim().Length > NameMaxLength ? $"The name must be {NameMaxLength} characters or fewer"
        : name.Any(char.IsControl) ? "The name must not include hidden or control characters"
        : null;

    /// <summary>Why the text is not a list of 1 to <see cref="MaxContactEmails"/> email addresses, or null.</summary>
    public static string? WhyNotEmails(string? emails)
    {
        if (string.IsNullOrWhiteSpace(emails))
        {
            return "Enter at least one email address for the department";
        }

        if (emails.Length > ContactEmailsMaxLength)
        {
            return $"The email addresses must be {ContactEmailsMaxLength:N0} characters or fewer";
        }

        var list = ParseEmails(emails);
        if (list.Count > MaxContactEmails)
        {
            return $"Enter no more than {MaxContactEmails} email addresses";
        }

        return list.FirstOrDefault(e => !IsEmail(e)) is { } bad
            ? $"Enter email addresses in the correct format, like crime.data@force.police.uk (\"{(bad.Length > 60 ? bad[..60] : bad)}\" is not one)"
            : null;
    }

    /// <summary>Addresses separated by commas, semicolons, spaces or lines, without duplicates.</summary>
    public static IReadOnlyList<string> ParseEmails(string? emails) =>
        (emails ?? string.Empty).Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>One address in the usual form: something@domain.tld, nothing else (no display name, no spaces).</summary>
    public static bool IsEmail(string? address) =>
        address is { Length: > 0 and <= Requester.EmailMaxLength }
        && !address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '"' or ',' or ';')
        && MailAddress.TryCreate(address, out var parsed)
        && parsed.Address == address
        && parsed.Host.Contains('.', StringComparison.Ordinal)
        && !parsed.Host.EndsWith('.');

    private static string CheckedName(string? name) => WhyNotName(name) is { } why ? throw new DomainException(why) : name!.Trim();

    private static IReadOnlyList<string> CheckedEmails(string? emails) => WhyNotEmails(emails) is { } why ? throw new DomainException(why) : ParseEmails(emails);
}

/// <summary>One admin change to a department: when, who, what.</summary>
public sealed class DepartmentChange
{
    public const int WhatMaxLength = 2_500;

    private DepartmentChange()
    {
        Actor = string.Empty;
        What = string.Empty;
    }

    internal DepartmentChange(DateTime atUtc, string actor, string what)
    {
        AtUtc = atUtc;
        Actor = actor;
        What = what.Length <= WhatMaxLength ? what : what[..WhatMaxLength];
    }

    public int Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string Actor { get; private set; }

    public string What { get; private set; }
}
