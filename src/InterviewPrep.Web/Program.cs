using InterviewPrep.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddData();
builder.AddContent();
builder.AddAccounts();
builder.AddStories();
builder.AddAdmins();
builder.AddConsent();
builder.AddAnalytics();
builder.AddPractice();
builder.AddWebUi();
builder.AddHealth();
builder.AddSecurity();

var app = builder.Build();

await app.MigrateDatabaseAsync();
app.LoadContent();
app.UseSecurity();
app.UseWebUi();
app.UseConsent();
app.UseAnalytics();
app.MapHealth();
app.MapConsent();
app.MapAnalytics();
app.MapWebUi();
app.MapAccounts();
app.MapStories();
app.MapPractice();
app.LogStartupUrls();

await app.RunAsync();

/// <summary>The entry point, public so that tests can host the app with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
