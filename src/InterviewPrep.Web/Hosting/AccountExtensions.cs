using InterviewPrep.Web.Components.Account;
using InterviewPrep.Web.Data;
using InterviewPrep.Web.Services;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InterviewPrep.Web.Hosting;

internal static class AccountExtensions
{
    public const string AdminRole = "Admin";

    /// <summary>
    /// ASP.NET Core Identity on the app's store, with a password policy after NIST SP 800-63B, two-factor
    /// authentication by authenticator app, email confirmation whenever email can be sent, and sessions that end
    /// everywhere on sign-out or a password change and after an absolute lifetime.
    /// </summary>
    public static void AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<IdentityRedirectManager>();
        builder.Services.AddScoped<AccountLinks>();
        builder.Services.AddScoped<PersonalDataExport>();
        builder.Services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        builder.AddValidatedOptions<AccountOptions>(AccountOptions.SectionName);
        builder.AddValidatedOptions<EmailOptions>(EmailOptions.SectionName);
        builder.AddValidatedOptions<AppOptions>(AppOptions.SectionName)
            .Validate<IOptions<EmailOptions>, IHostEnvironment>(
                (app, email, environment) => app.PublicBaseUri is not null || !email.Value.Enabled || environment.IsDevelopment(),
                "App:PublicBaseUrl is required when Email:SmtpHost is set outside Development: password reset and email confirmation links are built from it, "
                + "never from the Host header of the request, which anyone can forge. Set it to the site's public address, e.g. App__PublicBaseUrl=https://interviewprep.example.com/.");

        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "InterviewPrep.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            options.Events.OnSigningIn = SessionLifetime.StampSignInAsync;
            options.Events.OnValidatePrincipal = SessionLifetime.ValidateAsync;
        });

        // One clock for cookies, the stamp check and the session ceiling (tests move it).
        builder.Services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<TimeProvider>((options, time) => options.TimeProvider = time);
        builder.Services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<AccountOptions>, TimeProvider>((options, accounts, time) =>
            {
                options.ValidationInterval = accounts.Value.SecurityStampValidationInterval;
                options.TimeProvider = time;
            });
        builder.Services.AddOptions<DataProtectionTokenProviderOptions>()
            .Configure<IOptions<AccountOptions>>((options, accounts) => options.TokenLifespan = accounts.Value.PasswordResetLinkLifetime);
        builder.Services.AddOptions<EmailConfirmationTokenProviderOptions>()
            .Configure<IOptions<AccountOptions>>((options, accounts) => options.TokenLifespan = accounts.Value.EmailConfirmationLinkLifetime);
        builder.Services.AddAuthorization();

        builder.Services.AddIdentityCore<ApplicationUser>(options =>
            {
                // NIST SP 800-63B: length, not composition; long passphrases welcome; common passwords refused.
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.Tokens.EmailConfirmationTokenProvider = EmailConfirmationTokenProvider.ProviderName;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<EmailConfirmationTokenProvider>(EmailConfirmationTokenProvider.ProviderName)
            .AddPasswordValidator<CommonPasswordValidator>();

        // Without SMTP, Production starts only when the operator says the log may carry the links.
        if (string.IsNullOrEmpty(builder.Configuration[$"{EmailOptions.SectionName}:{nameof(EmailOptions.SmtpHost)}"]))
        {
            builder.RefuseLogOnlyEmailInProduction(); // Trust I: see SecurityExtensions.
        }

        // Confirming an address needs email that arrives; without SMTP, accounts work unconfirmed (admins excepted).
        builder.Services.AddOptions<IdentityOptions>()
            .Configure<IOptions<EmailOptions>>((options, email) => options.SignIn.RequireConfirmedAccount = email.Value.Enabled);

        builder.Services.AddSingleton<IAccountEmailSender>(services =>
            services.GetRequiredService<IOptions<EmailOptions>>().Value.Enabled
                ? ActivatorUtilities.CreateInstance<SmtpEmailSender>(services)
                : ActivatorUtilities.CreateInstance<LoggingEmailSender>(services));
        builder.Services.AddSingleton<IEmailSender<ApplicationUser>>(services => services.GetRequiredService<IAccountEmailSender>());
    }

    public static void MapAccounts(this WebApplication app) => app.MapAccountEndpoints();
}
