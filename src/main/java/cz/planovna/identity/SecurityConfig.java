package cz.planovna.identity;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may open which URL at all. Public pages are listed; everything else needs a signed-in user,
 * and the finer decisions ("this ORP", "this user") are made by {@link TerritoryAccess} in the
 * services. Anonymous visitors of a protected page are sent to the login page; signed-in users
 * without permission get the 403 page.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LockoutProperties.class)
class SecurityConfig {

    /** The e-mail field of the login form; Spring's default name, which the browser tests use too. */
    static final String EMAIL_PARAMETER = "username";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    @Bean
    SecurityFilterChain web(HttpSecurity http, PasswordAuthenticationProvider passwords) throws Exception {
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                        .permitAll()
                        // region (Kraj): the kraj page and its comparison exports are public GETs; what a
                        // visitor sees of each ORP is decided by TerritoryAccess in RegionComparisons
                        .requestMatchers(HttpMethod.GET, "/kraj/*", "/kraj/*/porovnani.xlsx", "/kraj/*/porovnani.pdf")
                        .permitAll()
                        .requestMatchers("/", "/uzemi", "/uzemi/**", "/kraj/**", "/orp/*")
                        .permitAll()
                        // public pages of modules under an ORP; their internal pages stay behind login
                        .requestMatchers(HttpMethod.GET, "/orp/*/proces")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/orp/*/zapisy", "/orp/*/zapisy/*", "/orp/*/zapisy/*/pdf")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/orp/*/aktuality", "/orp/*/aktuality/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/orp/*/akce", "/orp/*/akce.ics", "/orp/*/akce/*")
                        .permitAll()
                        .requestMatchers("/orp/*/akce/*/registrace", "/akce/registrace/zrusit/*")
                        .permitAll()
                        // process: subscribing to an open group and the links in subscription e-mails
                        .requestMatchers("/orp/*/proces/skupiny/*/odber", "/odber/**")
                        .permitAll()
                        // provider edits (catalogue): "Moje služby" of a provider editor need a login;
                        // the coordinator's decisions live under /orp/*/planovani/** (login, any request)
                        .requestMatchers("/katalog/poskytovatel", "/katalog/poskytovatel/**")
                        .authenticated()
                        // the public catalogue of social services
                        .requestMatchers(HttpMethod.GET, "/katalog", "/katalog/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/zivotni-situace", "/zivotni-situace/*")
                        .permitAll()
                        // the catalogue as HSDS 3.0 JSON, its OpenAPI document and readable page
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/hsds",
                                "/api/hsds/**",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/orp/*/dokumenty", "/orp/*/dokumenty/*/stahnout")
                        .permitAll()
                        // strategy, project pipeline: the public list of prepared, submitted and funded projects
                        // (the coordinator's pages /orp/*/planovani/zasobnik-projektu/** stay behind login)
                        .requestMatchers(HttpMethod.GET, "/orp/*/zasobnik-projektu")
                        .permitAll()
                        // analysis: demographics of an ORP are public statistics (GET only); the upload stays behind
                        // login
                        .requestMatchers(HttpMethod.GET, "/orp/*/analyzy/demografie", "/orp/*/analyzy/demografie.xlsx")
                        .permitAll()
                        // analysis: service network and needs gap of an ORP, computed from the public catalogue
                        .requestMatchers(
                                HttpMethod.GET,
                                "/orp/*/analyzy/sit-sluzeb",
                                "/orp/*/analyzy/sit-sluzeb.xlsx",
                                "/orp/*/analyzy/mezery")
                        .permitAll()
                        // needs-gap XLSX export (analysis, issue 8): public like the page it exports
                        .requestMatchers(HttpMethod.GET, "/orp/*/analyzy/mezery.xlsx")
                        .permitAll()
                        // strategy: the public page of an ORP's plan (adopted plans and drafts put out for
                        // comments; the coordinator's pages /orp/*/planovani/plany/** stay behind login)
                        .requestMatchers(HttpMethod.GET, "/orp/*/plan")
                        .permitAll()
                        // strategy, action plans: the public pages of approved action plans and their XLSX
                        .requestMatchers(
                                HttpMethod.GET, "/orp/*/plan/akcni-plany/*", "/orp/*/plan/akcni-plany/*/export.xlsx")
                        .permitAll()
                        // strategy plan document: downloads of the public plan's latest generated document
                        .requestMatchers(
                                HttpMethod.GET,
                                "/orp/*/plan/dokument.pdf",
                                "/orp/*/plan/dokument.docx",
                                "/orp/*/plan/dokument.xlsx")
                        .permitAll()
                        // consultation settlement: the published settlement table and its PDF/XLSX (404 until
                        // published; the coordinator's /orp/*/pripominky/sprava/** stays behind login)
                        .requestMatchers(
                                HttpMethod.GET,
                                "/orp/*/pripominky/*/vyporadani",
                                "/orp/*/pripominky/*/vyporadani.pdf",
                                "/orp/*/pripominky/*/vyporadani.xlsx")
                        .permitAll()
                        // monitoring, evaluation: documents of the closed evaluations of a public plan (the service
                        // answers 404 for anything else; the coordinator's pages stay under /orp/*/planovani/**)
                        .requestMatchers(HttpMethod.GET, "/orp/*/plan/evaluace/*")
                        .permitAll()
                        // plan chapters: PDF and DOCX of approved action plans and of the public project pipeline
                        .requestMatchers(
                                HttpMethod.GET,
                                "/orp/*/plan/akcni-plany/*/export.pdf",
                                "/orp/*/plan/akcni-plany/*/export.docx",
                                "/orp/*/zasobnik-projektu/export.pdf",
                                "/orp/*/zasobnik-projektu/export.docx")
                        .permitAll()
                        // survey: answering by the anonymous link, a personal invitation or a resume link
                        .requestMatchers("/dotazniky/*", "/dotazniky/*/pokracovat/*", "/dotazniky/pozvanka/*")
                        .permitAll()
                        // findings: interviews, findings and SWOT of an ORP are internal (team of the ORP only; the
                        // services check VIEW_INTERNAL / EDIT_PLANNING through TerritoryAccess)
                        .requestMatchers("/orp/*/planovani/zjisteni", "/orp/*/planovani/zjisteni/**")
                        .authenticated()
                        .requestMatchers("/orp/*/planovani/swot", "/orp/*/planovani/swot/**")
                        .authenticated()
                        // Consultation (připomínkování): the coordinator's pages stay behind login; the public list,
                        // a consultation with its comment form (GET and POST) and the thank-you page are public
                        .requestMatchers("/orp/*/pripominky/sprava", "/orp/*/pripominky/sprava/**")
                        .authenticated()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/orp/*/pripominky",
                                "/orp/*/pripominky/*",
                                "/orp/*/pripominky/*/dekujeme")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/orp/*/pripominky/*")
                        .permitAll()
                        // monitoring (vyhodnocení plnění) of a plan: internal only; the services check VIEW_INTERNAL
                        // (dashboard, change log) and EDIT_PLANNING (data entry) through TerritoryAccess
                        .requestMatchers(
                                "/orp/*/planovani/plany/*/monitoring", "/orp/*/planovani/plany/*/monitoring/**")
                        .authenticated()
                        // grant reporting (monitoring) and traceability (strategy): the key activities of a round
                        // and the measure's trace page are internal (VIEW_INTERNAL checked by the services); the
                        // public trace page of a measure of a public plan is for everyone (drafts are not found)
                        .requestMatchers(
                                "/orp/*/planovani/etapy/*/klicove-aktivity",
                                "/orp/*/planovani/etapy/*/klicove-aktivity.xlsx",
                                "/orp/*/planovani/etapy/*/klicove-aktivity.docx",
                                "/orp/*/planovani/plany/*/opatreni/*/sledovatelnost")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/orp/*/plan/opatreni/*")
                        .permitAll()
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.svg", "/actuator/health")
                        .permitAll()
                        .requestMatchers("/login", "/zapomenute-heslo", "/obnova-hesla/*", "/pozvanka/*")
                        .permitAll()
                        // catalogue register import (admin UI): signed-in users only; the controller admits only
                        // system administrators through TerritoryAccess
                        .requestMatchers("/admin/katalog/import", "/admin/katalog/import/**")
                        .authenticated()
                        .anyRequest()
                        .authenticated())
                // the only manager: a provider registered twice (here and globally) would count a failure twice
                .authenticationManager(new ProviderManager(passwords))
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter(EMAIL_PARAMETER)
                        .passwordParameter("password")
                        .failureHandler(new LoginFailureHandler())
                        .defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?odhlaseno"))
                // the default, stated because the login test relies on it: a new session id after sign-in
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        // reset links carry a secret in the path; never send it to another site
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** bcrypt by default; the {id} prefix lets the algorithm change without resetting passwords. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
