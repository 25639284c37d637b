using System.Text;
using FoiPortal.Core.Consultations;
using FoiPortal.Core.Statute;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure.Seeding;

/// <summary>
/// Issue 18's demo departments (Crime Data, Custody, HR, Professional Standards) and, on 62A/23, the consultation with
/// Custody that the officer's note speaks of, answered in February 2023 with a CSV. Its link was spent long ago.
/// </summary>
public sealed partial class DevelopmentSeeder
{
    private async Task SeedConsultationsAsync()
    {
        if (await db.Departments.AnyAsync())
        {
            return;
        }

        var at = new DateTime(2023, 2, 8, 9, 0, 0, DateTimeKind.Utc);
        (string Name, string Emails)[] departments =
        [
            ("Crime Data", "crime.data@foiportal.test"),
            ("Custody", "custody.records@foiportal.test"),
            ("HR", "hr.information@foiportal.test"),
            ("Professional Standards", "psd.disclosure@foiportal.test; psd.admin@foiportal.test"),
        ];
        foreach (var (name, emails) in departments)
        {
            db.Departments.Add(new Department(name, emails, "admin@foiportal.test", at));
        }

        await db.SaveChangesAsync();

        var request = await db.Requests.Include(r => r.Questions).SingleAsync(r => r.Reference == GroomingReference);
        var custody = await db.Departments.SingleAsync(d => d.Name == "Custody");
        var calendar = WorkingDayCalendar.ForRegime(request.Regime);
        var sentOn = new DateOnly(2023, 2, 8);
        var concerns = request.Questions.Where(q => q.Number == 4).Select(q => (q.Number, q.Text)).ToList();
        var task = new ConsultationTask(
            request.Id,
            Consultee.ForDepartment(custody),
            "How long does a PNC check take to find the court outcome for one crime record? A rough range is enough for the cost estimate.",
            concerns,
            sentOn,
            3,
            calendar,
            "officer@foiportal.test",
            at,
            ConsultationToken.Create().Hash);
        db.ConsultationTasks.Add(task);
        await db.SaveChangesAsync();
        task.Answer("Between 5 and 30 minutes per record, depending on whether the case went to court. Our timings are attached.", "Custody records team", 1, new DateOnly(2023, 2, 10), new DateTime(2023, 2, 10, 14, 5, 0, DateTimeKind.Utc));
        var csv = Encoding.UTF8.GetBytes("Check,Minutes (low),Minutes (high)\r\nNo further action,5,8\r\nCharged,12,20\r\nCourt outcome,20,30\r\n");
        db.ConsultationFiles.Add(new ConsultationFile(task.Id, "pnc-check-timings.csv", AnswerFileKind.Csv, csv, new DateTime(2023, 2, 10, 14, 5, 0, DateTimeKind.Utc)));
        await db.SaveChangesAsync();
    }
}
