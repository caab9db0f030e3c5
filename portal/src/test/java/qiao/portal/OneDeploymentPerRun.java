package qiao.portal;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the portal into the test server once per test run instead of once per test class: nearly every class
 * deploys the very same WAR ({@link Deployments#portal()}), and deploying it cost about 20 s of each class on 2
 * cores. A class that deploys something else (an in-container test, with its own classes in the archive) gets its
 * own deployment as before, after the kept one is taken away. Registered through
 * {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}.
 */
public class OneDeploymentPerRun implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(KeptDeployment.class);
    }

    /** The archive kept deployed between classes, and where. */
    public static class KeptDeployment {

        private Archive<?> kept;
        private String keptContent;
        private DeployableContainer<?> keptIn;

        public void deploy(@Observes EventContext<DeployDeployment> context) throws DeploymentException {
            Deployment deployment = context.getEvent().getDeployment();
            DeploymentDescription description = deployment.getDescription();
            if (!reusable(description)) {
                release();
                context.proceed();
                return;
            }
            String content = content(description.getArchive());
            if (content.equals(keptContent)) {
                deployment.deployed();
                return;
            }
            release();
            context.proceed();
            kept = description.getArchive();
            keptContent = content;
            keptIn = context.getEvent().getDeployableContainer();
        }

        public void undeploy(@Observes EventContext<UnDeployDeployment> context) {
            DeploymentDescription description = context.getEvent().getDeployment().getDescription();
            if (reusable(description) && content(description.getArchive()).equals(keptContent)) {
                context.getEvent().getDeployment().undeployed();
                return;
            }
            context.proceed();
        }

        public void beforeStop(@Observes BeforeStop event) throws DeploymentException {
            release();
        }

        private void release() throws DeploymentException {
            if (kept != null) {
                keptIn.undeploy(kept);
                kept = null;
                keptContent = null;
                keptIn = null;
            }
        }

        private static boolean reusable(DeploymentDescription description) {
            return description.isArchiveDeployment() && !description.testable();
        }

        /** The archive's name and the paths in it: enough to tell the plain WAR from one with test classes added. */
        private static String content(Archive<?> archive) {
            return archive.getName() + archive.getContent().keySet().stream().map(Object::toString).sorted().toList();
        }
    }
}
