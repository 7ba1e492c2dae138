package com.orderdesk.reporting;

import com.orderdesk.logic.invoicing.print.CompanyProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import net.sf.jasperreports.renderers.Renderable;
import net.sf.jasperreports.renderers.SimpleDataRenderer;

/**
 * The company block every template prints at the top, with the logo read once (SVG or PNG; the
 * book's own when it keeps one, else the resource or file named) and shared by all documents of the run.
 */
public final class Letterhead {
    private final CompanyProfile company;
    private final Renderable logo;

    public Letterhead(CompanyProfile company) {
        this.company = company;
        byte[] image = company.logoImage() != null ? company.logoImage().bytes() : read(company.logoResource());
        this.logo = SimpleDataRenderer.getInstance(image);
    }

    public CompanyProfile company() {
        return company;
    }

    /** The parameters every template shares: COMPANY_*, LOGO. */
    public Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("COMPANY_NAME", company.name());
        p.put("COMPANY_ADDRESS", String.join("\n", company.address()));
        p.put("COMPANY_CONTACT", company.contactLine());
        p.put("COMPANY_TAX_ID", company.taxId());
        p.put("LOGO", logo);
        return p;
    }

    /** A class-path resource when there is one by that name, else a file. */
    private static byte[] read(String resource) {
        if (resource.startsWith("/")) {
            try (InputStream in = Letterhead.class.getResourceAsStream(resource)) {
                if (in != null) {
                    return in.readAllBytes();
                }
            } catch (IOException e) {
                throw new DocumentRenderException("cannot read company logo " + resource + ": " + e.getMessage(), e);
            }
        }
        try {
            return Files.readAllBytes(Path.of(resource));
        } catch (NoSuchFileException e) {
            throw new DocumentRenderException("company logo " + resource
                    + " is neither on the class path (see assets/branding) nor a file", e);
        } catch (IOException | InvalidPathException e) {
            throw new DocumentRenderException("cannot read company logo file " + resource + ": " + e.getMessage(), e);
        }
    }
}
