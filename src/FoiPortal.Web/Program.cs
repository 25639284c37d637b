using System.Globalization;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Database;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddFoiPortal();

    var app = builder.Build();
    await app.PrepareDatabaseAsync();
    app.UseFoiPortal();
    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "FoiPortal stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

public partial class Program;
