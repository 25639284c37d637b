using FoiPortal.Core.Consultations;
using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Tests.Consultations;

public class DepartmentTests
{
    private static readonly DateTime At = new(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("crime.data@force.test", null)]
    [InlineData("a@force.test; b@force.test,\nc@force.test", null)]
    [InlineData("", "Enter at least one email address for the department")]
    [InlineData("crime data", "Enter email addresses in the correct format, like crime.data@force.police.uk (\"crime\" is not one)")]
    [InlineData("a@force", "Enter email addresses in the correct format, like crime.data@force.police.uk (\"a@force\" is not one)")]
    [InlineData("a@x.uk b@x.uk c@x.uk d@x.uk e@x.uk f@x.uk", "Enter no more than 5 email addresses")]
    public void Emails_OneToFiveAddresses(string emails, string? expected) =>
        Assert.Equal(expected, Department.WhyNotEmails(emails));

    [Fact]
    public void Changes_AreKept_AndDuplicatesDropped()
    {
        var department = new Department(" Crime Data ", "crime@force.test, CRIME@force.test; analyst@force.test", "admin@foiportal.test", At);
        department.Edit("Crime Data Unit", "crime@force.test", "admin@foiportal.test", At.AddDays(1));
        department.SetActive(false, "admin@foiportal.test", At.AddDays(2));
        department.SetActive(false, "admin@foiportal.test", At.AddDays(3));

        Assert.Equal("Crime Data Unit", department.Name);
        Assert.False(department.IsActive);
        Assert.Equal(
            ["Added: Crime Data (crime@force.test; analyst@force.test)", "Changed from Crime Data (crime@force.test; analyst@force.test) to Crime Data Unit (crime@force.test)", "Deactivated: no longer offered for new tasks"],
            department.Changes.Select(c => c.What));
        Assert.Throws<DomainException>(() => Consultee.ForDepartment(department));
    }
}
